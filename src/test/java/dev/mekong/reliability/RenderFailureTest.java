package dev.mekong.reliability;

import dev.mekong.pipeline.Pipeline;
import dev.mekong.pipeline.SiteUpdater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A render that fails, whatever it throws, fails the build with one line naming the failure and writes no
 * site; a watch tries again at the next poll, and renders once the cause is gone. The failures come from a
 * template override folder (mekong.site.templates), the user's own seam into the renderer.
 */
class RenderFailureTest {

    /** A macro calling itself: FreeMarker recurses until the stack overflows, a java.lang.Error. */
    private static final String OVERFLOWING = "<#macro again><@again/></#macro><@again/>\n";
    /** An undefined variable: a TemplateException, a RuntimeException once out of the renderer. */
    private static final String UNDEFINED = "${noSuchValue}\n";

    @TempDir
    Path work;

    @Test
    void anErrorWhileRenderingFailsTheBuild() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));

        Cli.Result result = Cli.run(ws, "build", "-D", templates("list.ftlh", OVERFLOWING));

        assertThat(result.code()).as(result.all()).isEqualTo(2);
        assertThat(result.err().lines().filter(l -> l.startsWith("FAILED rendering the site: ")))
                .containsExactly("FAILED rendering the site: StackOverflowError");
        assertThat(ws.site).doesNotExist();
    }

    @Test
    void aTemplateThatFailsFailsTheBuildWithOneLineNamingIt() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));

        Cli.Result result = Cli.run(ws, "build", "-D", templates("rss.ftlx", UNDEFINED));

        assertThat(result.code()).as(result.all()).isEqualTo(2);
        assertThat(result.err().lines().filter(l -> l.startsWith("FAILED rendering the site: ")))
                .singleElement().asString()
                .contains("template rss.ftlx failed at line 1, column 3").contains("noSuchValue");
        assertThat(ws.site).doesNotExist();
    }

    @Test
    void aWatchTriesAFailedRenderAgainAndRendersOnceTheCauseIsGone() throws Exception {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        String templates = templates("list.ftlh", OVERFLOWING);
        Map<String, String> overrides = new HashMap<>(ws.folders());
        overrides.put(templates.substring(0, templates.indexOf('=')), templates.substring(templates.indexOf('=') + 1));

        try (Pipeline watch = Pipeline.start(Pipeline.Mode.WATCH, null, overrides)) {
            SiteUpdater updater = watch.siteUpdater();
            Await.until(Duration.ofMinutes(2), "the failed render is tried again without a new input",
                    () -> updater.renderCount() >= 3 && updater.renderFailure() instanceof StackOverflowError);
            assertThat(ws.site).doesNotExist();

            Files.delete(work.resolve("templates/list.ftlh")); // the bundled list.ftlh again, once FreeMarker looks at the folder again
            Await.until(Duration.ofMinutes(2), () -> "a render without the failure, last: " + updater.renderFailure(),
                    () -> updater.renderFailure() == null && Files.isRegularFile(ws.site.resolve("en/index.html")));
        }
    }

    /** A template folder overriding one template, as the configuration key=value pointing at it. */
    private String templates(String name, String text) throws IOException {
        Path folder = Files.createDirectories(work.resolve("templates"));
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        return "mekong.site.templates=" + folder;
    }
}
