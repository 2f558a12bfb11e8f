package dev.mekong.translate.text;

import org.jsoup.parser.Parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How placeholder tokens travel through an engine. Engines differ in what they leave alone: Apertium
 * and LLMs keep {@code {3}}, LibreTranslate's and DeepL's markup modes keep {@code <x id="3"/>}, the
 * offline pseudo engine keeps the internal private-use characters as they are.
 * Placeholders are numbered from 1 on the wire, from 0 internally.
 */
public enum PlaceholderStyle {

    INTERNAL(null) {
        @Override
        String renderToken(int index) {
            return String.valueOf(ProtectedText.token(index));
        }
    },
    BRACES(Pattern.compile("\\{\\s*(\\d{1,4})\\s*}")) {
        @Override
        String renderToken(int index) {
            return "{" + (index + 1) + "}";
        }
    },
    XML(Pattern.compile("<x\\s+id\\s*=\\s*[\"']?(\\d{1,4})[\"']?\\s*/?>(?:\\s*</x>)?")) {
        @Override
        String renderToken(int index) {
            return "<x id=\"" + (index + 1) + "\"/>";
        }

        @Override
        String renderText(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        @Override
        String parseText(String text) {
            return Parser.unescapeEntities(text, false);
        }
    };

    private final Pattern wireToken;

    PlaceholderStyle(Pattern wireToken) {
        this.wireToken = wireToken;
    }

    abstract String renderToken(int index);

    String renderText(String text) {
        return text;
    }

    String parseText(String text) {
        return text;
    }

    /** The template as sent to an engine. */
    public String render(String template) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (ProtectedText.isToken(c)) {
                out.append(renderText(run.toString()));
                run.setLength(0);
                out.append(renderToken(ProtectedText.indexOf(c)));
            } else {
                run.append(c);
            }
        }
        return out.append(renderText(run.toString())).toString();
    }

    /** An engine's output turned back into a template with internal tokens (unvalidated). */
    public String parse(String output) {
        if (wireToken == null) {
            return output;
        }
        StringBuilder out = new StringBuilder(output.length());
        Matcher m = wireToken.matcher(output);
        int last = 0;
        while (m.find()) {
            out.append(parseText(output.substring(last, m.start())));
            int wireNumber = Integer.parseInt(m.group(1));
            // Token 0 on the wire cannot come from us: keep it as text so validation sees it as foreign.
            out.append(wireNumber >= 1 ? String.valueOf(ProtectedText.token(wireNumber - 1)) : m.group());
            last = m.end();
        }
        return out.append(parseText(output.substring(last))).toString();
    }
}
