package dev.mekong.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The clean corpus as a Hugo multilingual project, so Hugo builds the same pages Mekong does: a home page
 * per language with pagination, one page per article version with its translations linked, category and
 * tag pages, RSS feeds and the sitemap (Hugo's built-in ones). The layouts are deliberately minimal, like
 * Mekong's templates, so neither side is measured on theme weight.
 */
final class HugoSite {

    private HugoSite() {
    }

    /** Writes config and layouts under {@code dir}; the corpus goes to {@code dir/content/posts}. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("content/posts"));
        StringBuilder config = new StringBuilder("""
                baseURL = "http://127.0.0.1:1313/"
                defaultContentLanguage = "zh"
                defaultContentLanguageInSubdir = true
                disableKinds = []
                paginate = 10
                [taxonomies]
                  category = "categories"
                  tag = "tags"
                [languages]
                """);
        Map<String, String> names = Map.of("zh", "中文", "en", "English", "vi", "Tiếng Việt", "th", "ภาษาไทย");
        int weight = 1;
        for (String code : BenchCorpus.LANGUAGES) {
            config.append("  [languages.").append(code).append("]\n")
                    .append("    languageName = \"").append(names.get(code)).append("\"\n")
                    .append("    weight = ").append(weight++).append('\n');
        }
        Files.writeString(dir.resolve("hugo.toml"), config.toString(), StandardCharsets.UTF_8);
        layout(dir, "_default/baseof.html", """
                <!DOCTYPE html>
                <html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
                {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
                </head><body><header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
                {{ range .Translations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>{{ end }}</header>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        layout(dir, "_default/single.html", """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>
                {{ range .Params.categories }}<a href="{{ (printf "/categories/%s" (. | urlize)) | relLangURL }}">{{ . }}</a>{{ end }}
                {{ .Content }}</article>{{ end }}
                """);
        layout(dir, "_default/list.html", """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                <p>{{ .Summary | plainify | truncate 160 }}</p></li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}{{ end }}
                """);
        layout(dir, "index.html", """
                {{ define "main" }}<ul>{{ range (.Paginate (where .Site.RegularPages "Type" "posts")).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                <p>{{ .Summary | plainify | truncate 160 }}</p></li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}{{ end }}
                """);
        return dir.resolve("content/posts");
    }

    private static void layout(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve("layouts").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
