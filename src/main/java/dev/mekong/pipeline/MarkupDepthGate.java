package dev.mekong.pipeline;

import dev.mekong.ingest.DecodedInput;
import dev.mekong.ingest.InputFormat;
import dev.mekong.model.InputRejectedException;

import java.util.Locale;
import java.util.Set;

/**
 * Rejects HTML nested far deeper than any real page before it is parsed: thousands of unclosed elements
 * are an attack on recursive tree code, not an article. The depth is counted on the raw markup, in one
 * pass: elements that close themselves or that browsers close implicitly (p, li, td…) are not counted,
 * nor is anything inside script, style and comments. News pages measure under 60 on this scale.
 */
public class MarkupDepthGate {

    private static final Set<String> NOT_NESTING = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
            "p", "li", "option", "td", "tr", "th", "dt", "dd", "!doctype");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp");

    private final int maxDepth;

    public MarkupDepthGate(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public DecodedInput check(DecodedInput input) {
        if (input.format() == InputFormat.HTML) {
            int depth = maxDepth(input.text(), maxDepth);
            if (depth > maxDepth) {
                throw new InputRejectedException("the HTML is nested more than " + maxDepth
                        + " elements deep (mekong.max-html-depth): not a page a browser could show as an article");
            }
        }
        return input;
    }

    /** The deepest nesting of elements in the markup; stops counting once over {@code limit}. */
    static int maxDepth(String html, int limit) {
        int depth = 0;
        int max = 0;
        int i = 0;
        int n = html.length();
        while ((i = html.indexOf('<', i)) >= 0 && i + 1 < n) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            boolean closing = html.charAt(i + 1) == '/';
            int start = closing ? i + 2 : i + 1;
            int end = start;
            while (end < n && (Character.isLetterOrDigit(html.charAt(end)) || html.charAt(end) == '!')) {
                end++;
            }
            int close = html.indexOf('>', end);
            if (end == start || close < 0) {
                i = end == start ? i + 1 : n;
                continue;
            }
            String tag = html.substring(start, end).toLowerCase(Locale.ROOT);
            boolean selfClosing = html.charAt(close - 1) == '/';
            if (NOT_NESTING.contains(tag) || selfClosing) {
                i = close + 1;
            } else if (closing) {
                depth = Math.max(0, depth - 1);
                i = close + 1;
            } else if (RAW_TEXT.contains(tag)) {
                int endTag = indexOfIgnoreCase(html, "</" + tag, close);
                i = endTag < 0 ? n : endTag;
            } else {
                depth++;
                max = Math.max(max, depth);
                if (max > limit) {
                    return max;
                }
                i = close + 1;
            }
        }
        return max;
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
