package dev.mekong.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.model.Article;
import dev.mekong.site.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guarantee 6: hostile article content goes through a real build and no rendered page carries active
 * content; template and property syntax inside an article is printed, never evaluated; hostile titles and
 * file names give safe slugs and paths that stay under the output folders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileContentTest {

    /** Strings that must show up literally in the article's page: evaluated, each would be gone. */
    private static final List<String> TEMPLATE_SYNTAX = List.of("${7*7}", "<#assign pwned=\"yes\">",
            "${\"freemarker.template.utility.Execute\"?new()(\"id\")}", "${sys:user.home}", "{{mekong.site}}",
            "${header.CamelFileName}", "${env:HOME}", "#{7*7}");
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("iframe", "object", "embed", "applet", "frame", "frameset",
            "base", "form", "math", "meta[http-equiv]", "svg[onload]", "svg script", "svg foreignObject");
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "srcset", "action", "formaction", "poster",
            "data", "content", "xlink:href", "background");

    @TempDir
    static Path work;

    private Workspace ws;
    private Cli.Result result;
    private List<Article> records;
    private final Map<Path, Document> pages = new LinkedHashMap<>();

    @BeforeAll
    void buildHostileInbox() throws IOException {
        ws = new Workspace(work);
        write("hostile.html", hostileHtml());
        write("hostile-front-matter.md", """
                ---
                title: "../../etc/passwd"
                image: "javascript:alert('md-image')"
                canonical: "javascript:alert('md-canonical')"
                category: ["../../..", "CON"]
                ---
                A paragraph of the markdown article, long enough to be an article in English, about the river \
                boats that carry rice to the market every morning before the sun comes up over the water.

                [a link](javascript:alert('md-link')) and ![an image](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

                <script>alert('md-script')</script><img src=x onerror="alert('md-onerror')">
                """);
        ObjectMapper json = new ObjectMapper();
        write("hostile-record.json", json.writeValueAsString(Map.of(
                "meta", Map.of("title", "CON", "canonicalUrl", "javascript:alert('json-canonical')",
                        "image", "javascript:alert('json-image')", "category", List.of("nul", "..", "aux")),
                "slug", "../../../../tmp/escaped",
                "blocks", List.of(
                        Map.of("type", "p", "text", "A paragraph of the JSON article about the ferry that crosses the river "
                                + "every half hour, written long enough to be taken for an English news article.",
                                "lang", "en\" onmouseover=\"alert('json-lang')"),
                        Map.of("type", "figure", "text", "A figure", "src", "javascript:alert('json-figure')"),
                        Map.of("type", "figure", "text", "Another figure", "src", "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=")))));
        write("hostile-flat.json", json.writeValueAsString(Map.of(
                "title", "nul\u0000name\u202Eexe.txt COM1 \u200B", "url", "javascript:alert('flat-url')",
                "body", List.of("A paragraph of the flat JSON article about the night market by the river, long enough "
                        + "to be taken for an English article. ${7*7} {{mekong.site}} ${sys:user.home}"))));
        for (String name : List.of("${sys:user.home}.txt", "{{mekong.site}}.txt", "CON.txt")) {
            write(name, new String(Inputs.article(name.length()), StandardCharsets.UTF_8));
        }
        result = Cli.run(ws, "build");
        records = ws.records();
        for (Path page : Workspace.files(ws.site)) {
            if (page.toString().endsWith(".html")) {
                pages.put(page, Jsoup.parse(page.toFile(), "UTF-8"));
            }
        }
    }

    @Test
    void everyHostileInputIsPublished() {
        assertThat(result.code()).as(result.all()).isZero();
        assertThat(records).extracting(a -> a.source().fileName()).containsExactlyInAnyOrder("hostile.html",
                "hostile-front-matter.md", "hostile-record.json", "hostile-flat.json",
                "${sys:user.home}.txt", "{{mekong.site}}.txt", "CON.txt");
        assertThat(pages).hasSizeGreaterThan(records.size() * Workspace.LANGUAGES.size());
    }

    @Test
    void noRenderedPageHasScriptsHandlersOrActiveElements() throws IOException {
        List<String> problems = new ArrayList<>();
        for (var entry : pages.entrySet()) {
            String where = ws.site.relativize(entry.getKey()).toString();
            boolean articlePage = where.matches("[a-z]{2}/articles/.*");
            boolean searchPage = where.matches("[a-z]{2}/search\\.html");
            for (Element script : entry.getValue().select("script")) {
                if (!script.attr("type").equals("application/ld+json")) {
                    // the site's own scripts (the root page's language redirect, the search pages' search
                    // asset) are allowed off article pages; every hostile payload of this test calls alert()
                    boolean ownSearch = searchPage && script.attr("src").equals("../assets/search.js") && script.data().isEmpty();
                    if (articlePage || script.hasAttr("src") && !ownSearch || script.data().contains("alert")) {
                        problems.add(where + ": " + script.outerHtml());
                    }
                } else {
                    new ObjectMapper().readTree(script.data()); // whole JSON: no break-out of the script element
                }
            }
            for (String css : ACTIVE_ELEMENTS) {
                // the search page's own form, which only reloads the search page with the query
                entry.getValue().select(css).stream()
                        .filter(e -> !(searchPage && e.is("form[role=search][method=get]") && e.attr("action").equals("../" + where)))
                        .forEach(e -> problems.add(where + ": <" + e.tagName() + ">"));
            }
            for (Element e : entry.getValue().getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                        problems.add(where + ": handler " + a.html());
                    }
                    if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT)) && isActiveUrl(a.getValue())) {
                        problems.add(where + ": url " + a.html());
                    }
                    if (a.getKey().equalsIgnoreCase("style") && a.getValue().toLowerCase(Locale.ROOT).contains("expression")) {
                        problems.add(where + ": style " + a.html());
                    }
                }
            }
            for (Element style : entry.getValue().select("style")) {
                if (style.data().toLowerCase(Locale.ROOT).matches("(?s).*(expression|javascript:|behavior|-moz-binding).*")) {
                    problems.add(where + ": style element");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templateAndPropertySyntaxInAnArticleIsPrintedLiterally() {
        Article hostile = bySource("hostile.html");
        String page = pages.get(ws.page(hostile, "en")).body().text();
        for (String syntax : TEMPLATE_SYNTAX) {
            assertThat(page).as("literal " + syntax).contains(syntax);
        }
        String flat = pages.get(ws.page(bySource("hostile-flat.json"), "en")).body().text();
        assertThat(flat).contains("${7*7} {{mekong.site}} ${sys:user.home}");
        assertThat(pages.get(ws.page(bySource("${sys:user.home}.txt"), "en"))).isNotNull();
    }

    @Test
    void lookAlikeMarkupStaysText() {
        String page = pages.get(ws.page(bySource("hostile.html"), "en")).body().text();
        assertThat(page).contains("＜script＞alert('fullwidth')＜/script＞");
        assertThat(Normalizer.normalize(page, Normalizer.Form.NFKC)).contains("<script>alert('fullwidth')</script>");
    }

    @Test
    void hostileTitlesAndNamesGiveSafeSlugsInsideTheSite() throws IOException {
        assertThat(records).allSatisfy(a -> assertThat(Slugs.isSafe(a.slug())).as(a.slug()).isTrue());
        Path siteRoot = ws.site.toRealPath();
        for (Path file : Workspace.files(ws.site)) {
            assertThat(file.toRealPath()).startsWith(siteRoot);
            String name = file.getFileName().toString();
            assertThat(name).doesNotContain("\u0000").doesNotContain("\u202E").doesNotContain("..");
        }
        try (Stream<Path> everything = Files.walk(work)) {
            assertThat(everything.map(p -> p.getFileName().toString())).noneMatch(n -> n.equals("passwd") || n.equals("escaped"));
        }
        for (Article a : records) {
            for (String language : Workspace.LANGUAGES) {
                assertThat(ws.page(a, language)).as(a.source().fileName()).exists();
            }
        }
    }

    private Article bySource(String fileName) {
        return records.stream().filter(a -> a.source().fileName().equals(fileName)).findFirst().orElseThrow();
    }

    /** javascript:, vbscript: and data: however disguised (case, spaces, control characters, entities decoded by jsoup). */
    private static boolean isActiveUrl(String value) {
        String plain = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        return plain.startsWith("javascript:") || plain.startsWith("vbscript:") || plain.startsWith("data:")
                || plain.contains("javascript:");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(ws.inbox.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String hostileHtml() {
        String literals = String.join("</p>\n<p>", TEMPLATE_SYNTAX.stream()
                .map(s -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).toList());
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>River report &lt;/title&gt;&lt;script&gt;alert('title')&lt;/script&gt; ${7*7}</title>
                <meta property="og:image" content="javascript:alert('og-image')">
                <link rel="canonical" href="javascript:alert('canonical')">
                <script>alert('head')</script>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "</script><script>alert('ld')</script>",
                 "image": "javascript:alert('ld-image')", "author": {"name": "<img src=x onerror=alert('ld-author')>"}}</script>
                <style>p { width: expression(alert('css')); behavior: url(x.htc); }</style>
                <meta http-equiv="refresh" content="0;url=javascript:alert('refresh')">
                <base href="javascript:alert('base')//">
                </head>
                <body onload="alert('body')">
                <article>
                <h1>River report</h1>
                <p onclick="alert('p')">The river rose by two metres overnight in the upper towns, and the ferry service \
                was suspended until the water falls again, the provincial office said in a statement on Tuesday.</p>
                <p style="width: expression(alert('inline-css'))">Families living on the low bank were moved to the \
                school on the hill, where the district had prepared food, water and blankets for several hundred people.</p>
                <p>Read <a href="javascript:alert('a')">the statement</a>, <a href="JaVaScRiPt&colon;alert('entity')">this</a>, \
                <a href=" &#14;javascript:alert('ctl')">that</a> and <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">more</a>.</p>
                <figure><img src="javascript:alert('img')" onerror="alert('onerror')"><figcaption>The river at dawn</figcaption></figure>
                <figure><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="svg"><figcaption>A map</figcaption></figure>
                <iframe src="https://evil.example/"></iframe><object data="x.swf"></object><embed src="x.swf">
                <svg onload="alert('svg')"><script>alert('svg-script')</script></svg>
                <form action="javascript:alert('form')"><input formaction="javascript:alert('input')"></form>
                <p>＜script＞alert('fullwidth')＜/script＞ and <scrіpt>alert('cyrillic')</scrіpt> in running text.</p>
                <p>%s</p>
                <p>The office said the ferry would run again as soon as the river is back within its banks.</p>
                </article>
                <script>document.write('<script src=//evil.example/x.js><\\/script>')</script>
                </body></html>
                """.formatted(literals);
    }
}
