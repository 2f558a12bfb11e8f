package dev.mekong.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import dev.mekong.pipeline.PendingVersions;
import dev.mekong.pipeline.TranslateStep;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.SiteConfig;
import dev.mekong.site.StaticSiteRenderer;
import dev.mekong.translate.Translator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A NUL or a right-to-left override in a JSON or front-matter title (written as an escape, so the raw
 * input's normalisation never sees it), in a translation engine's output or in a record stored by an older
 * version is cleaned out: every RSS and Atom feed is XML a real parser accepts, and the title shows without it.
 */
class ControlCharacterTest {

    private static final String PARAGRAPH = "The ferry that crosses the river every half hour ran again on Monday, "
            + "the provincial office said, after the water fell back within its banks for the first time in weeks.";

    @TempDir
    Path work;

    @Test
    void controlCharactersInJsonAndFrontMatterTitlesNeverReachTheFeeds() throws Exception {
        Workspace ws = new Workspace(work);
        // Jackson writes NUL as the escape \u0000 and U+202E as itself
        ws.drop("ferry.json", new ObjectMapper().writeValueAsBytes(Map.of(
                "title", "Ferry\u0000 runs \u202Eagain", "date", "2025-03-03", "body", List.of(PARAGRAPH))));
        ws.drop("market.md", ("---\n"
                + "title: \"Night\\0 market\\u202E opens\\u2066 late\\u0007\"\n"
                + "date: 2025-03-04\n"
                + "author: \"Mai\\u202E Tran\"\n"
                + "---\n"
                + PARAGRAPH.replace("ferry", "night market") + "\n").getBytes(StandardCharsets.UTF_8));

        Cli.Result result = Cli.run(ws, "build", "--translator", "pseudo");

        assertThat(result.code()).as(result.all()).isZero();
        for (String language : Workspace.LANGUAGES) {
            for (String feed : List.of("rss.xml", "atom.xml")) {
                List<String> titles = titles(parse(ws.site.resolve(language).resolve(feed)), feed);
                assertThat(titles).as(language + "/" + feed).hasSize(2)
                        .allSatisfy(t -> assertThat(t).doesNotContain("\u0000", "\u202E", "\u2066", "\u0007"));
                if (language.equals("en")) {
                    assertThat(titles).as(feed).containsExactlyInAnyOrder("Ferry runs again", "Night market opens late");
                }
            }
        }
        assertThat(ws.records()).extracting(a -> a.meta().authors()).contains(List.of("Mai Tran"));
    }

    @Test
    void controlCharactersAnEngineReturnsAreCleanedBeforeTheVersionIsStored() throws Exception {
        Translator engine = new Translator() {
            @Override
            public String name() {
                return "control-characters";
            }

            @Override
            public Version translate(Article article, String target) {
                return new Version(Version.MACHINE, name(), target, "Ph\u00E0\u0000 \u202Ech\u1EA1y\uD800 l\u1EA1i\t",
                        List.of(Block.paragraph("Chuy\u1EBFn ph\u00E0\u001B \u2067ch\u1EA1y.\nD\u00F2ng hai.")));
            }
        };
        Article translated = new TranslateStep(engine, List.of("vi"), new ArticleStore(work.resolve("content")),
                new PendingVersions(work.resolve("inbox"))).apply(article("Ferry runs again"));

        assertThat(translated.versions().get("vi").title()).isEqualTo("Phà chạy lại");
        assertThat(translated.versions().get("vi").blocks()).containsExactly(Block.paragraph("Chuyến phà chạy.\nDòng hai."));
        assertThat(feedTitles(translated, "vi")).containsExactly("Phà chạy lại");
    }

    @Test
    void aRecordStoredByAnOlderVersionWithANulInItsTitleStillGivesValidFeeds() throws Exception {
        assertThat(feedTitles(article("Ferry\u0000 runs \u202Eagain"), "en")).containsExactly("Ferry runs again");
    }

    private static Article article(String title) {
        return new Article("a1b2c3d4e5f6", "ferry-runs-again-a1b2c3d4", 1, new Source("ferry.json", "0", "json", "UTF-8", 1),
                new Language("en", 1.0), new Metadata(title, "2025-03-03T08:30:00+07:00", null, null, null, null, null, null),
                List.of(Block.paragraph(PARAGRAPH)), null, null);
    }

    /** Renders a site of one article and reads back the item titles of both feeds in one language. */
    private List<String> feedTitles(Article article, String language) throws Exception {
        Path site = work.resolve("site");
        new StaticSiteRenderer(SiteConfig.defaults()).render(List.of(article), site);
        List<String> rss = titles(parse(site.resolve(language).resolve("rss.xml")), "rss.xml");
        assertThat(titles(parse(site.resolve(language).resolve("atom.xml")), "atom.xml")).isEqualTo(rss);
        return rss;
    }

    /** A real XML parser, strict: any character XML 1.0 does not allow fails the parse. */
    static Document parse(Path feed) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(feed.toFile());
    }

    /** The item titles (RSS) or entry titles (Atom), not the channel's. */
    static List<String> titles(Document feed, String name) {
        NodeList nodes = feed.getElementsByTagName("title");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String parent = nodes.item(i).getParentNode().getLocalName() == null
                    ? nodes.item(i).getParentNode().getNodeName() : nodes.item(i).getParentNode().getLocalName();
            if (parent.equals(name.equals("rss.xml") ? "item" : "entry")) {
                titles.add(nodes.item(i).getTextContent());
            }
        }
        return titles;
    }
}
