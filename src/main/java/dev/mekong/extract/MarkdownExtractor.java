package dev.mekong.extract;

import dev.mekong.ingest.DecodedInput;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown article with optional YAML front matter (title, date, author(s), publisher, editor,
 * category, lang, url, image). The body becomes plain-text blocks: paragraphs, ##/### headings, lists,
 * block quotes and images; inline markup is removed.
 */
public class MarkdownExtractor implements ArticleExtractor {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern ORDERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern INLINE_IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern STRIKETHROUGH = Pattern.compile("~~(.+?)~~");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])");
    private static final Pattern IMAGE_ONLY = Pattern.compile("^!\\[([^\\]]*)]\\(\\s*([^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)$");

    @Override
    public Article extract(DecodedInput input) {
        String text = input.text();
        Map<String, Object> fields = Map.of();
        if (text.startsWith("---\n") || text.equals("---")) {
            int close = text.indexOf("\n---", 3);
            if (close < 0) {
                throw new InputRejectedException("bad front matter: it opens with '---' but no closing '---' line follows");
            }
            fields = frontMatter(text.substring(4, close + 1));
            int after = text.indexOf('\n', close + 4);
            text = after < 0 ? "" : text.substring(after + 1);
        }
        List<Block> blocks = new ArrayList<>();
        String heading1 = parseBody(text, blocks);
        Metadata meta = ArticleFields.metadata(fields, heading1);
        if ((meta.title() == null || meta.title().isBlank()) && blocks.isEmpty()) {
            throw new InputRejectedException("no article found: the Markdown file has no title and no body text");
        }
        Article article = Article.extracted(input.source(), meta, blocks, List.of());
        return ArticleFields.language(fields).map(l -> article.withLanguage(Language.declared(l), blocks)).orElse(article);
    }

    private static Map<String, Object> frontMatter(String yaml) {
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new InputRejectedException("bad front matter: not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new InputRejectedException("bad front matter: expected 'key: value' lines, found a " + loaded.getClass().getSimpleName());
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Fills blocks from the Markdown body; returns the text of a leading level-1 heading (a title) if any. */
    private static String parseBody(String text, List<Block> blocks) {
        BodyBuilder body = new BodyBuilder(blocks);
        String title = null;
        boolean inFence = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.stripTrailing();
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                body.paragraph.add(line);
                continue;
            }
            Matcher h = HEADING.matcher(line);
            Matcher b = BULLET.matcher(line);
            Matcher o = ORDERED.matcher(line);
            if (line.isBlank()) {
                body.flushAll();
            } else if (h.matches()) {
                body.flushAll();
                int level = h.group(1).length();
                String t = inline(h.group(2));
                if (level == 1 && title == null && blocks.isEmpty()) {
                    title = t;
                } else {
                    blocks.add(Block.of(level <= 2 ? Block.HEADING2 : Block.HEADING3, t));
                }
            } else if (b.matches() || o.matches()) {
                body.flushParagraph();
                body.flushQuote();
                body.addItem(b.matches() ? Block.LIST : Block.ORDERED_LIST, inline(b.matches() ? b.group(1) : o.group(1)));
            } else if (line.stripLeading().startsWith(">")) {
                body.flushParagraph();
                body.flushList();
                body.quote.add(line.stripLeading().substring(1).strip());
            } else if (!body.items.isEmpty() && raw.startsWith(" ")) {
                body.continueItem(inline(line.strip()));
            } else if (!body.quote.isEmpty()) {
                body.quote.add(line.strip());
            } else {
                body.flushList();
                body.paragraph.add(line.strip());
            }
        }
        body.flushAll();
        return title;
    }

    /** The open paragraph, list or quote while the body is read. */
    private static final class BodyBuilder {
        final List<Block> blocks;
        final List<String> paragraph = new ArrayList<>();
        final List<String> quote = new ArrayList<>();
        List<String> items = new ArrayList<>();
        String listType;

        BodyBuilder(List<Block> blocks) {
            this.blocks = blocks;
        }

        void addItem(String type, String text) {
            if (!type.equals(listType)) {
                flushList();
            }
            listType = type;
            items.add(text);
        }

        void continueItem(String text) {
            items.set(items.size() - 1, items.get(items.size() - 1) + " " + text);
        }

        void flushAll() {
            flushParagraph();
            flushQuote();
            flushList();
        }

        void flushParagraph() {
            MarkdownExtractor.flushParagraph(paragraph, blocks);
        }

        void flushQuote() {
            if (!quote.isEmpty()) {
                blocks.add(Block.of(Block.QUOTE, joinLines(quote)));
                quote.clear();
            }
        }

        void flushList() {
            if (!items.isEmpty()) {
                blocks.add(new Block(listType, null, items, null, null));
                items = new ArrayList<>();
            }
            listType = null;
        }
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (lines.isEmpty()) {
            return;
        }
        String joined = String.join("\n", lines).strip();
        lines.clear();
        Matcher img = IMAGE_ONLY.matcher(joined);
        if (img.matches()) {
            blocks.add(new Block(Block.FIGURE, img.group(1).isBlank() ? null : img.group(1), null, img.group(2), null));
        } else if (!joined.isEmpty()) {
            blocks.add(Block.paragraph(joinLines(List.of(joined.split("\n")))));
        }
    }

    /** Soft-wrapped lines joined: no space between two CJK characters, one space otherwise. */
    private static String joinLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            String t = inline(l.strip());
            if (t.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && !(isCjk(sb.codePointBefore(sb.length())) && isCjk(t.codePointAt(0)))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** Inline Markdown and HTML removed: links keep their text, images their alt text, emphasis its words. */
    static String inline(String s) {
        // each pattern needs a character most lines lack; as every replacement keeps part of what it matched,
        // none brings in a character that was not there
        if (s.indexOf('[') >= 0) {
            s = INLINE_IMAGE.matcher(s).replaceAll("$1");
            s = INLINE_LINK.matcher(s).replaceAll("$1");
            s = REFERENCE_LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('<') >= 0) {
            s = HTML_TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = STRONG.matcher(s).replaceAll("$2");
            s = EMPHASIS.matcher(s).replaceAll("$2");
        }
        if (s.indexOf('`') >= 0) {
            s = CODE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('~') >= 0) {
            s = STRIKETHROUGH.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPED.matcher(s).replaceAll("$1");
        }
        return s.strip();
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
    }
}
