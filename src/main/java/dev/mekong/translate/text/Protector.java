package dev.mekong.translate.text;

import dev.mekong.language.LanguageFacts;
import dev.mekong.translate.glossary.Term;
import dev.mekong.translate.text.ProtectedText.Kind;
import dev.mekong.translate.text.ProtectedText.Placeholder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the spans an engine must not touch by placeholders: inline markup (tags, code spans, our own
 * wire tokens appearing literally), URLs, e-mail addresses, glossary terms and numbers. Earlier kinds win
 * where spans overlap (a number inside a URL stays part of the URL).
 */
public final class Protector {

    private static final Pattern MARKUP = Pattern.compile(
            "</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|`[^`\\n]+`|\\{\\s*\\d{1,4}\\s*}|<x\\s[^<>]*>");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'`]+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d.,:/-]*\\d)?");
    private static final Pattern TAG_NAME = Pattern.compile("^</?([A-Za-z][A-Za-z0-9-]*)");
    private static final String URL_TRAILING_PUNCTUATION = ".,;:!?)]}'\"。，；：！？）";

    private record Span(int start, int end, Kind kind, String replacement) {
    }

    /** Protects {@code text}; {@code terms} are the glossary terms of the language pair (may be empty). */
    public ProtectedText protect(String text, List<Term> terms) {
        List<Span> spans = new ArrayList<>();
        addMatches(spans, MARKUP, text, Kind.MARKUP);
        addUrls(spans, text);
        addMatches(spans, EMAIL, text, Kind.EMAIL);
        addTerms(spans, text, terms);
        addMatches(spans, NUMBER, text, Kind.NUMBER);
        spans.sort(Comparator.comparingInt(Span::start));

        StringBuilder template = new StringBuilder(text.length());
        List<Placeholder> placeholders = new ArrayList<>();
        Deque<int[]> openTags = new ArrayDeque<>();
        List<String> openNames = new ArrayList<>();
        int last = 0;
        for (Span span : spans) {
            template.append(text, last, span.start());
            String original = text.substring(span.start(), span.end());
            int index = placeholders.size();
            int opener = -1;
            if (span.kind() == Kind.MARKUP) {
                opener = pairTags(original, index, openTags, openNames);
            }
            placeholders.add(new Placeholder(original,
                    span.replacement() == null ? original : span.replacement(), span.kind(), opener));
            template.append(ProtectedText.token(index));
            last = span.end();
        }
        template.append(text.substring(last));
        return new ProtectedText(text, template.toString(), placeholders);
    }

    /** Tracks open HTML-like tags; returns the opener index for a closing tag that matches one. */
    private static int pairTags(String tag, int index, Deque<int[]> openTags, List<String> openNames) {
        Matcher name = TAG_NAME.matcher(tag);
        if (!name.find() || tag.endsWith("/>")) {
            return -1;
        }
        String tagName = name.group(1).toLowerCase();
        if (!tag.startsWith("</")) {
            openTags.push(new int[]{index, openNames.size()});
            openNames.add(tagName);
            return -1;
        }
        for (int[] open : openTags) {
            if (openNames.get(open[1]).equals(tagName)) {
                openTags.remove(open);
                return open[0];
            }
        }
        return -1;
    }

    private static void addMatches(List<Span> spans, Pattern pattern, String text, Kind kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            addIfFree(spans, new Span(m.start(), m.end(), kind, null));
        }
    }

    private static void addUrls(List<Span> spans, String text) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && URL_TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            addIfFree(spans, new Span(m.start(), end, Kind.URL, null));
        }
    }

    /** Longest terms first; Latin-script terms only match as whole words. Matching is case-sensitive. */
    private static void addTerms(List<Span> spans, String text, List<Term> terms) {
        List<Term> longestFirst = new ArrayList<>(terms);
        longestFirst.sort(Comparator.comparingInt((Term t) -> t.source().length()).reversed());
        for (Term term : longestFirst) {
            String needle = term.source();
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                if (wordBoundary(text, at - 1, needle.charAt(0)) && wordBoundary(text, end, needle.charAt(needle.length() - 1))) {
                    addIfFree(spans, new Span(at, end, Kind.TERM, term.target()));
                }
            }
        }
    }

    /** Scripts written with spaces need a boundary; CJK and Thai terms may touch neighbouring letters. */
    private static boolean wordBoundary(String text, int neighbour, char termEdge) {
        if (neighbour < 0 || neighbour >= text.length() || !isSpacedScriptLetter(termEdge)) {
            return true;
        }
        return !Character.isLetterOrDigit(text.charAt(neighbour));
    }

    private static boolean isSpacedScriptLetter(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        return !LanguageFacts.writesWithoutSpaces(Character.UnicodeScript.of(c));
    }

    private static void addIfFree(List<Span> spans, Span candidate) {
        for (Span s : spans) {
            if (candidate.start() < s.end() && s.start() < candidate.end()) {
                return;
            }
        }
        spans.add(candidate);
    }
}
