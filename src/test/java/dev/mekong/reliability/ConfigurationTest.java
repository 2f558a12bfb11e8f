package dev.mekong.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Guarantee 7's cheap half: the default configuration avoids the hang trap, and a bad folder fails the start. */
class ConfigurationTest {

    @TempDir
    Path work;

    @Test
    void noDurationMaxOptionIsSetByDefault() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.stringPropertyNames()).isNotEmpty().noneMatch(k -> k.startsWith("camel.main.duration-max"));
        assertThat(defaults.getProperty("mekong.test.pause-at")).isNull();
    }

    @Test
    void anOutputFolderUnderAFileFailsTheStartNamingTheSetting() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        Path file = Files.writeString(work.resolve("a-file"), "x");
        Cli.Result result = Cli.run(ws, "build", "--archive", file.resolve("archive").toString());
        assertThat(result.code()).isNotZero();
        assertThat(result.all()).contains("mekong.archive: cannot write to " + file.resolve("archive") + " because " + file + " is not a folder");
        assertThat(ws.content.resolve("articles")).doesNotExist();
        assertThat(ws.inbox.resolve(Inputs.name(1))).exists();
    }

    @Test
    void aConfigFileOverridesTheDefaultsAndAnOptionOverridesTheFile() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        Path config = Files.writeString(work.resolve("mekong.properties"), "mekong.languages=en,vi\nmekong.site.page-size=abc\n");

        Cli.Result refused = Cli.run(ws, "build", "--config", config.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("mekong.site.page-size must be a positive whole number, not 'abc'");

        Cli.Result built = Cli.run(ws, "build", "--config", config.toString(), "-D", "mekong.site.page-size=5");
        assertThat(built.code()).isZero();
        assertThat(ws.site.resolve("en/index.html")).exists();
        assertThat(ws.site.resolve("vi/index.html")).exists();
        assertThat(ws.site.resolve("zh")).doesNotExist();
    }

    @Test
    void listUntranslatedMustBeTrueOrFalse() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        Cli.Result refused = Cli.run(ws, "build", "-D", "mekong.site.list-untranslated=maybe");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("mekong.site.list-untranslated must be true or false, not 'maybe'");
    }
}
