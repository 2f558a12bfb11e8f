package dev.mekong.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic benchmark corpus: story {@code n} is always the same text, date, category and tags, made
 * from the sentences shipped in {@code resources/bench/LANG.txt}. Two shapes of the same stories:
 * <ul>
 *   <li><b>clean</b>: Markdown with front matter, one file per story and language, the versions linked by
 *   {@code translationKey} — exactly what Hugo's multilingual mode reads;</li>
 *   <li><b>raw</b>: what an editor drops — one language per story, alternately a text copy of a rendered page
 *   and a saved HTML page, both with site chrome around the article.</li>
 * </ul>
 */
public final class BenchCorpus {

    public static final List<String> LANGUAGES = List.of("zh", "en", "vi", "th");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /**
     * Story 1's day. Stories are 173 minutes apart, so 100,000 of them end in 2022: every story of any corpus
     * the bench makes is in the past, never an embargo (a 2020 start put half of a 50,000-story corpus in the
     * future, unpublished).
     */
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(1990, 1, 1, 6, 0);

    /** One language's material: sentences, category names and tag names (same order in every language). */
    record Material(String code, List<String> sentences, List<String> categories, List<String> tags) {

        String joiner() {
            return code.equals("zh") ? "" : " ";
        }
    }

    /** What every version of a story shares. */
    record Story(int number, String key, String date, int category, int[] tags, int[][] paragraphs) {
    }

    private final Map<String, Material> materials;

    private BenchCorpus(Map<String, Material> materials) {
        this.materials = materials;
    }

    public static BenchCorpus load() {
        Map<String, Material> materials = new java.util.LinkedHashMap<>();
        for (String code : LANGUAGES) {
            materials.put(code, read(code));
        }
        return new BenchCorpus(materials);
    }

    private static Material read(String code) {
        String resource = "/bench/" + code + ".txt";
        try (InputStream in = BenchCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            List<String> sentences = new ArrayList<>();
            List<String> categories = List.of();
            List<String> tags = List.of();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.startsWith("@categories ")) {
                    categories = List.of(line.substring(12).split("\\|"));
                } else if (line.startsWith("@tags ")) {
                    tags = List.of(line.substring(6).split("\\|"));
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    sentences.add(line.strip());
                }
            }
            return new Material(code, sentences, categories, tags);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Story {@code n} (1-based): 4–7 paragraphs of 2–4 sentences, one category, two tags, a date a few hours after story n-1. */
    Story story(int n) {
        SplittableRandom random = new SplittableRandom(n * 7919L);
        int sentences = materials.get("en").sentences().size();
        int[][] paragraphs = new int[4 + random.nextInt(4)][];
        for (int p = 0; p < paragraphs.length; p++) {
            paragraphs[p] = random.ints(2 + random.nextInt(3), 0, sentences).toArray();
        }
        int tagCount = materials.get("en").tags().size();
        int first = random.nextInt(tagCount);
        int[] tags = {first, (first + 1 + random.nextInt(tagCount - 1)) % tagCount};
        String date = FIRST_DAY.plusMinutes(n * 173L).atOffset(ZoneOffset.ofHours(7)).format(ISO);
        return new Story(n, String.format("story-%06d", n), date,
                random.nextInt(materials.get("en").categories().size()), tags, paragraphs);
    }

    /** The headline of a story in one language: its first sentence with the story's number, so every title differs. */
    String title(Story story, String code) {
        String sentence = materials.get(code).sentences().get(story.paragraphs()[0][0]).replaceAll("[.。]$", "");
        return code.equals("zh") ? marker(story.number(), code) + "：" + sentence : sentence + " " + marker(story.number(), code);
    }

    /** A piece of the title that only story {@code n} has, as it appears in a rendered list. */
    String marker(int n, String code) {
        return switch (code) {
            case "zh" -> "第" + n + "期";
            case "vi" -> "(số " + n + ")";
            case "th" -> "ฉบับที่ " + n;
            default -> "(No. " + n + ")";
        };
    }

    /** The language raw story {@code n} is written in. */
    static String rawLanguage(int n) {
        return LANGUAGES.get((n - 1) % LANGUAGES.size());
    }

    List<String> paragraphs(Story story, String code) {
        Material m = materials.get(code);
        List<String> out = new ArrayList<>();
        for (int[] paragraph : story.paragraphs()) {
            List<String> sentences = new ArrayList<>();
            for (int s : paragraph) {
                sentences.add(m.sentences().get(s));
            }
            out.add(String.join(m.joiner(), sentences));
        }
        return out;
    }

    /** The clean Markdown of one version, as Hugo and Mekong both read it. */
    String markdown(Story story, String code) {
        Material m = materials.get(code);
        StringBuilder md = new StringBuilder("---\n")
                .append("title: \"").append(title(story, code)).append("\"\n")
                .append("date: ").append(story.date()).append('\n')
                .append("lang: ").append(code).append('\n')
                .append("translationKey: ").append(story.key()).append('\n')
                .append("categories: [\"").append(m.categories().get(story.category())).append("\"]\n")
                .append("tags: [\"").append(m.tags().get(story.tags()[0])).append("\", \"")
                .append(m.tags().get(story.tags()[1])).append("\"]\n")
                .append("---\n\n");
        for (String paragraph : paragraphs(story, code)) {
            md.append(paragraph).append("\n\n");
        }
        return md.toString();
    }

    /** Clean corpus: {@code DIR/story-NNNNNN.LANG.md} for stories 1..n in every language. */
    public int writeClean(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        int files = 0;
        for (int i = 1; i <= n; i++) {
            Story story = story(i);
            for (String code : LANGUAGES) {
                Files.writeString(dir.resolve(story.key() + "." + code + ".md"), markdown(story, code), StandardCharsets.UTF_8);
                files++;
            }
        }
        return files;
    }

    /** Raw corpus: story i in one language (zh, en, vi, th in turn), a text copy or a saved page in turn. */
    public int writeRaw(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 1; i <= n; i++) {
            writeRawStory(dir, i);
        }
        return n;
    }

    /** One raw input for story {@code i}; returns its file. */
    Path writeRawStory(Path dir, int i) throws IOException {
        Story story = story(i);
        String code = rawLanguage(i);
        boolean html = ((i - 1) / LANGUAGES.size()) % 2 == 1;
        Path file = dir.resolve(story.key() + "-" + code + (html ? ".html" : ".txt"));
        Files.writeString(file, html ? savedPage(story, code) : textCopy(story, code), StandardCharsets.UTF_8);
        return file;
    }

    /** A text copy of a rendered news page: navigation, breadcrumb, headline, date line, byline, story, related links, footer. */
    String textCopy(Story story, String code) {
        Material m = materials.get(code);
        Chrome chrome = Chrome.of(code);
        StringBuilder text = new StringBuilder();
        text.append(chrome.site()).append("\n\n");
        for (String section : m.categories()) {
            text.append("  • ").append(section).append('\n');
        }
        text.append('\n').append(chrome.home()).append(" » ").append(m.categories().get(story.category())).append("\n\n");
        text.append(title(story, code)).append("\n\n");
        text.append(story.date().substring(0, 10)).append(' ').append(story.date(), 11, 16).append(" (GMT+7)\n\n");
        text.append(chrome.byline()).append("\n\n");
        for (String paragraph : paragraphs(story, code)) {
            text.append(paragraph).append("\n\n");
        }
        text.append(chrome.related()).append("\n\n");
        for (int k = 1; k <= 3; k++) {
            text.append("  • ").append(title(story(story.number() + k * 1000), code)).append('\n');
        }
        text.append('\n').append(chrome.footer()).append('\n');
        return text.toString();
    }

    /** A saved HTML page with header, navigation, article, aside and footer. */
    String savedPage(Story story, String code) {
        Material m = materials.get(code);
        Chrome chrome = Chrome.of(code);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(code).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(title(story, code))).append(" | ").append(chrome.site()).append("</title>")
                .append("<meta property=\"article:published_time\" content=\"").append(story.date()).append("\">")
                .append("</head><body><header><a href=\"/\">").append(chrome.site()).append("</a><nav><ul>");
        for (String section : m.categories()) {
            html.append("<li><a href=\"/c/").append(m.categories().indexOf(section)).append("\">").append(escape(section)).append("</a></li>");
        }
        html.append("</ul></nav></header><main><article><h1>").append(escape(title(story, code))).append("</h1>")
                .append("<p class=\"byline\">").append(escape(chrome.byline())).append(" · <time datetime=\"")
                .append(story.date()).append("\">").append(story.date(), 0, 10).append("</time></p>");
        for (String paragraph : paragraphs(story, code)) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        html.append("</article><aside><h2>").append(escape(chrome.related())).append("</h2><ul>");
        for (int k = 1; k <= 3; k++) {
            html.append("<li><a href=\"/s/").append(story.number() + k * 1000).append("\">")
                    .append(escape(title(story(story.number() + k * 1000), code))).append("</a></li>");
        }
        return html.append("</ul></aside></main><footer>").append(escape(chrome.footer())).append("</footer></body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The site chrome around a raw story, per language. */
    private record Chrome(String site, String home, String byline, String related, String footer) {
        static Chrome of(String code) {
            return switch (code) {
                case "zh" -> new Chrome("湄公河日报", "首页", "记者 王明", "相关阅读", "版权所有 © 2025 湄公河日报 保留所有权利");
                case "vi" -> new Chrome("Báo Mê Kông", "Trang chủ", "Theo Ngọc Hân", "Tin liên quan", "Bản quyền © 2025 Báo Mê Kông");
                case "th" -> new Chrome("ข่าวแม่โขง", "หน้าแรก", "โดย สมชาย ใจดี", "ข่าวที่เกี่ยวข้อง", "สงวนลิขสิทธิ์ © 2025 ข่าวแม่โขง");
                default -> new Chrome("Mekong Daily", "Home", "By Jane Doe", "Related stories", "Copyright © 2025 Mekong Daily. All rights reserved.");
            };
        }
    }
}
