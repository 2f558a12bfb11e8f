package dev.mekong.extract.html;

import dev.mekong.model.Block;
import dev.mekong.model.Removed;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges the blocks of the article area one by one: chrome lines named by cue words (copyright,
 * disclaimer, share, related, byline …), link-dense blocks, bare datelines, the headline repeated, and
 * headings left without text under them.
 */
final class BlockFilter {

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
        // A heading whose section lost all its text ("Related stories" above a removed list) goes too.
        for (int i = n - 1; i >= 0; i--) {
            Block b = candidates.get(i).block();
            if (rules[i] != null || !isHeading(b)) {
                continue;
            }
            String following = null;
            boolean hasText = false;
            for (int j = i + 1; j < n; j++) {
                if (rules[j] == null) {
                    hasText = !isHeading(candidates.get(j).block());
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
                kept.add(c.block());
            } else {
                removed.add(new Removed(Texts.clip(c.plain().replace('\n', ' '), 300), rules[i]));
            }
        }
        return kept;
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
        if (rule != null) {
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
