package dev.mekong.extract.text;

import dev.mekong.extract.Cues;
import dev.mekong.language.LanguageFacts;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an extracted title can be published as the headline. A title is doubted when it is missing,
 * when the line classifier calls it chrome (a navigation, section, related-story, share or byline line:
 * the same cue data the text extractor reads), when it names a section above the article in the breadcrumb, or
 * when it is as short as a section name ("Politics", "ข่าว", "要闻"). A doubted title is replaced by the
 * article's first sentence and the record says {@code titleConfidence: low}, so the site never shows a
 * navigation label as a headline and an editor can find such records.
 */
public final class TitleConfidence {

    /** A title of fewer prose units than this (two words, two Han characters, about eight Thai letters) is a label. */
    static final double LABEL_UNITS = 3;
    /** The longest stand-in title, in characters, before it is cut at a word. */
    static final int STAND_IN_CHARS = 90;

    /**
     * The classifier's rows that call a line a label of the page around the article: navigation, sections,
     * related stories, share and comment prompts, bylines and datelines. (Rows reading source or editor
     * labels are left out: a Chinese headline often quotes its speaker before a colon.)
     */
    private static final Set<String> LABEL_ROWS = Set.of("related-heading", "next-story", "comments-heading",
            "comments-prompt", "comment-count", "comment-thread-heading", "breadcrumb", "crumb-trail", "url-only",
            "ticker", "read-more", "tags", "share-bar", "share-heading", "share-prompt", "share-label", "ad-heading",
            "nav-heading", "ad-labels", "call-to-action", "placeholder", "view-counter", "author-label", "byline",
            "dateline", "menu-row", "language-links", "cookie-notice", "copyright-notice");

    private static final class Holder {
        static final TitleConfidence STANDARD = new TitleConfidence(new LineClassifier(Cues.builtIn()));
    }

    private final LineClassifier classifier;

    public TitleConfidence(LineClassifier classifier) {
        this.classifier = classifier;
    }

    /** The judge on the built-in cue data. */
    public static TitleConfidence standard() {
        return Holder.STANDARD;
    }

    /** Why the title is no headline to publish ("none", a classifier rule, "section", "byline", "label"), or null. */
    public String doubt(Metadata meta) {
        return doubt(meta.title(), meta.category());
    }

    /** Why this title, on a page with these category crumbs, is no headline to publish, or null. */
    public String doubt(String rawTitle, List<String> crumbs) {
        String title = rawTitle == null ? "" : rawTitle.strip();
        if (title.isEmpty()) {
            return "none";
        }
        LineClassifier.Rule rule = classifier.ruleFor(title);
        if (rule != null && LABEL_ROWS.contains(rule.name())) {
            return rule.name();
        }
        String key = title.toLowerCase(Locale.ROOT);
        // the last crumb may name the article itself; one above it names a section
        if (crumbs.subList(0, Math.max(0, crumbs.size() - 1)).stream().anyMatch(c -> c.strip().toLowerCase(Locale.ROOT).equals(key))) {
            return "section";
        }
        if (LineShape.units(title) < LABEL_UNITS) {
            return "label";
        }
        return null;
    }

    /** The metadata as published: a doubted title replaced by the first sentence and marked low. */
    public Metadata judge(Metadata meta, List<Block> blocks) {
        if (doubt(meta) == null) {
            return meta;
        }
        String standIn = firstSentence(blocks);
        return meta.withTitle(standIn != null ? standIn : meta.title()).withTitleConfidence(Metadata.LOW_CONFIDENCE);
    }

    /** The first sentence of the first paragraph, cut at a word past {@link #STAND_IN_CHARS}; null when there is none. */
    static String firstSentence(List<Block> blocks) {
        for (Block b : blocks) {
            if (!Block.PARAGRAPH.equals(b.type()) || b.plainText() == null || b.plainText().isBlank()) {
                continue;
            }
            String text = b.plainText().strip();
            for (int i = 0; i < text.length() && i < STAND_IN_CHARS; i++) {
                if (LanguageFacts.SENTENCE_STOPS.indexOf(text.charAt(i)) >= 0
                        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i) > 0x2FFF)) {
                    return text.substring(0, i + 1);
                }
            }
            if (text.length() <= STAND_IN_CHARS) {
                return text;
            }
            int cut = text.lastIndexOf(' ', STAND_IN_CHARS);
            return (cut > STAND_IN_CHARS / 2 ? text.substring(0, cut) : text.substring(0, STAND_IN_CHARS)).strip() + "…";
        }
        return null;
    }
}
