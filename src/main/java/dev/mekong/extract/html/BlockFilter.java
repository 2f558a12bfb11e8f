package dev.mekong.extract.html;

import dev.mekong.extract.dates.DateTexts;
import dev.mekong.model.Block;
import dev.mekong.model.Removed;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges the blocks of the article area one by one: chrome lines named by cue words (copyright,
 * disclaimer, share, related, byline …), link-dense blocks, bare datelines, the headline repeated, and
 * headings left without text under them.
 */
final class BlockFilter {

    /** Average weighted length of the items of a list that reads like a list of things, not of headlines. */
    private static final int SHORT_ITEM = 40;

    /** Share of the article text that must come before a comments line for the rest to count as comments. */
    private static final double COMMENTS_AFTER = 0.7;
    /** ... or this much article text (comments can outweigh a short story). */
    private static final int COMMENTS_AFTER_TEXT = 1500;

    /** A paragraph this long that closes like a sentence is article text, however short. */
    private static final int SHORT_SENTENCE = 30;

    /** Least link text a section under a related-stories heading holds when it lists teasers. */
    private static final double TEASER_LINK_DENSITY = 0.1;

    /** How many times the link-dense blocks between paragraphs are looked at again. */
    private static final int RESTORE_PASSES = 3;

    /** Share of a link-dense sentence that must be its own (unlinked) words. */
    private static final double SENTENCE_OWN_TEXT = 0.15;

    /** Weighted length from which a block repeated word for word is a duplicate, not a refrain. */
    private static final int DUPLICATE_MIN = 60;

    /** Weighted length from which a paragraph opening with a byline label and closing as a sentence is the story. */
    private static final int STORY_AFTER_LABEL = 60;

    private final HtmlCues cues;
    private final DateTexts dates;

    BlockFilter(HtmlCues cues, DateTexts dates) {
        this.cues = cues;
        this.dates = dates;
    }

    List<Block> filter(List<BlockCollector.Candidate> candidates, String title, List<Removed> removed) {
        String titleKey = title == null ? "" : Texts.comparable(title);
        int n = candidates.size();
        String[] rules = new String[n];
        for (int i = 0; i < n; i++) {
            rules[i] = judge(candidates.get(i), titleKey);
        }
        // Reader comments follow a "Comments" line at the end of the article, often in the same container
        // as the story: once most of the text is behind, everything after that line is comments.
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += rules[i] == null ? candidates.get(i).text() : 0;
        }
        int before = 0;
        for (int i = 0; i < n; i++) {
            if ("comment".equals(rules[i]) && (before >= total * COMMENTS_AFTER || before >= COMMENTS_AFTER_TEXT)) {
                for (int j = i + 1; j < n; j++) {
                    if (rules[j] == null) {
                        rules[j] = "comment";
                    }
                }
                break;
            }
            before += rules[i] == null ? candidates.get(i).text() : 0;
        }
        // A heading that names a list of other stories ("Most read", "Related") heads that list: the
        // blocks under it, up to the next heading of its rank or higher, are the teasers when their
        // headlines link out (a story's own section under a misleading heading hardly links at all).
        for (int i = 0; i < n; i++) {
            BlockCollector.Candidate c = candidates.get(i);
            if (!"related-list".equals(rules[i]) || !isHeading(c.block())) {
                continue;
            }
            int end = i + 1;
            int text = 0;
            int linked = 0;
            for (; end < n && !(isHeading(candidates.get(end).block()) && candidates.get(end).level() <= c.level()); end++) {
                text += candidates.get(end).text();
                linked += candidates.get(end).linked();
            }
            if (linked >= text * TEASER_LINK_DENSITY) {
                for (int j = i + 1; j < end; j++) {
                    if (rules[j] == null) {
                        rules[j] = "related-list";
                    }
                }
            }
            i = end - 1;
        }
        // A list of short linked items between two paragraphs of the article (gear, sources, products) is
        // part of it; related-story lists sit at the edges and their items are whole headlines.
        for (int i = 0; i < n; i++) {
            if ("link-dense".equals(rules[i]) && isList(candidates.get(i).block()) && shortItems(candidates.get(i).block())
                    && keptParagraph(candidates, rules, i, -1) && keptParagraph(candidates, rules, i, 1)) {
                rules[i] = null;
            }
        }
        // A section heading linked to what it names, or a sentence listing names that each link out, is
        // dense with links yet sits between paragraphs of the story; teaser lists sit at its edges.
        // Restoring one block can give its neighbour article text on that side, so repeat (a few times:
        // such runs are short, and a hostile page must not make this quadratic many times over).
        boolean changed = true;
        for (int pass = 0; changed && pass < RESTORE_PASSES; pass++) {
            changed = false;
            for (int i = 0; i < n; i++) {
                Block b = candidates.get(i).block();
                if ("link-dense".equals(rules[i]) && (isHeading(b) || isLinkedSentence(candidates.get(i)))
                        && keptParagraph(candidates, rules, i, -1) && keptParagraph(candidates, rules, i, 1)) {
                    rules[i] = null;
                    changed = true;
                }
            }
        }
        // A summary printed above the story often repeats its first paragraph word for word.
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            BlockCollector.Candidate c = candidates.get(i);
            if (rules[i] == null && c.text() >= DUPLICATE_MIN && !seen.add(Texts.comparable(c.plain()))) {
                rules[i] = "duplicate";
            }
        }
        // A heading whose section lost all its text ("Related stories" above a removed list) goes too. A
        // section may open with a subheading: a deeper heading kept for its own text gives it text.
        for (int i = n - 1; i >= 0; i--) {
            Block b = candidates.get(i).block();
            if (rules[i] != null || !isHeading(b)) {
                continue;
            }
            String following = null;
            boolean hasText = false;
            for (int j = i + 1; j < n; j++) {
                if (rules[j] == null) {
                    BlockCollector.Candidate next = candidates.get(j);
                    hasText = !isHeading(next.block()) || next.level() > candidates.get(i).level();
                    break;
                }
                if (following == null) {
                    following = rules[j];
                }
            }
            if (!hasText) {
                rules[i] = following != null ? following : "empty-section";
            }
        }
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BlockCollector.Candidate c = candidates.get(i);
            if (rules[i] == null) {
                kept.add(withoutChromeCaption(c.block(), removed));
            } else {
                removed.add(new Removed(Texts.clip(c.plain().replace('\n', ' '), 300), rules[i]));
            }
        }
        return kept;
    }

    /**
     * A figure keeps its image; a caption that is only a credit or a stock label ("Photo: archive",
     * "Ảnh minh họa", "图片来源：网络") is chrome and goes.
     */
    private Block withoutChromeCaption(Block b, List<Removed> removed) {
        if (!b.type().equals(Block.FIGURE) || b.text() == null) {
            return b;
        }
        String rule = cues.lineRule(b.text());
        if (rule == null) {
            return b;
        }
        removed.add(new Removed(Texts.clip(b.text(), 300), rule));
        return new Block(Block.FIGURE, null, null, b.src(), b.lang(), b.alt());
    }

    /**
     * A paragraph that closes like a sentence and has words of its own between its links (a button or a
     * run of linked headlines has none).
     */
    private static boolean isLinkedSentence(BlockCollector.Candidate c) {
        Block b = c.block();
        return b.type().equals(Block.PARAGRAPH) && Texts.endsLikeSentence(b.text())
                && c.text() - c.linked() >= c.text() * SENTENCE_OWN_TEXT;
    }

    private static boolean isList(Block b) {
        return b.type().equals(Block.LIST) || b.type().equals(Block.ORDERED_LIST);
    }

    private static boolean shortItems(Block b) {
        return b.items().stream().mapToInt(Texts::weightedLength).average().orElse(0) <= SHORT_ITEM;
    }

    /**
     * Whether the nearest kept block before (step -1) or after (step 1) block i is article text: a
     * paragraph of some length or a section heading, with a long paragraph further on that side.
     */
    private static boolean keptParagraph(List<BlockCollector.Candidate> candidates, String[] rules, int i, int step) {
        boolean first = true;
        for (int j = i + step; j >= 0 && j < candidates.size(); j += step) {
            if (rules[j] != null) {
                continue;
            }
            Block b = candidates.get(j).block();
            if (b.type().equals(Block.PARAGRAPH) && (Texts.weightedLength(b.text()) >= 80
                    || (Texts.weightedLength(b.text()) >= SHORT_SENTENCE && Texts.endsLikeSentence(b.text())))) {
                return true;
            }
            if (b.type().equals(Block.FIGURE)) {
                continue; // a picture between a section heading and its text
            }
            if (first && !isHeading(b) && !isList(b)) {
                return false;
            }
            first = false;
        }
        return false;
    }

    private static boolean isHeading(Block b) {
        return b.type().equals(Block.HEADING2) || b.type().equals(Block.HEADING3);
    }

    private String judge(BlockCollector.Candidate c, String titleKey) {
        Block b = c.block();
        String text = c.plain();
        if (!titleKey.isEmpty() && Texts.comparable(text).equals(titleKey)) {
            return "title";
        }
        if (b.type().equals(Block.FIGURE)) {
            return null;
        }
        String rule = cues.lineRule(b.items() == null ? text : text.replace('\n', ' '));
        if (rule != null && !(rule.equals("byline") && opensAStory(text))) {
            return rule;
        }
        if (c.linkDensity() > 0.5) {
            return "link-dense";
        }
        if (isDateline(text)) {
            return "byline";
        }
        return null;
    }

    /**
     * A paragraph that starts with a reporter's label but goes on to tell the story ("记者/李华 昨天上午，……。",
     * "ผู้สื่อข่าวรายงานว่า …"): a short story is often one such paragraph, and a byline never reads
     * this long and closes like a sentence.
     */
    private static boolean opensAStory(String text) {
        return Texts.weightedLength(text) >= STORY_AFTER_LABEL && Texts.endsLikeSentence(text)
                && !text.stripTrailing().endsWith(":") && !text.stripTrailing().endsWith("：");
    }

    /** A line that is a date and little else ("2012-01-17 21:00", "Tuesday, 17 January 2012"). */
    private boolean isDateline(String text) {
        if (text.length() > 60) {
            return false;
        }
        DateTexts.Found found = dates.find(text, ZoneOffset.UTC, true);
        if (found == null) {
            return false;
        }
        String rest = text.substring(0, found.start()) + text.substring(found.end());
        return Texts.weightedLength(Texts.comparable(rest)) <= 12;
    }
}
