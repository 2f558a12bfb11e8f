package dev.mekong.ingest;

import dev.mekong.model.InputRejectedException;

import java.util.Locale;

/**
 * The kinds of input the inbox accepts, recognised by file extension: articles, and reviewed
 * translations (XLIFF) handed back by human reviewers.
 */
public enum InputFormat {
    HTML("html"), TEXT("txt"), MARKDOWN("md"), JSON("json"), XLIFF("xlf");

    private final String id;

    InputFormat(String id) {
        this.id = id;
    }

    /** The short name stored in the article record (html, txt, md, json). */
    public String id() {
        return id;
    }

    public static InputFormat ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html", "htm", "xhtml" -> HTML;
            case "txt", "text" -> TEXT;
            case "md", "markdown" -> MARKDOWN;
            case "json" -> JSON;
            case "xlf", "xliff" -> XLIFF;
            default -> throw new InputRejectedException("unsupported file type '" + (ext.isEmpty() ? "(no extension)" : "." + ext)
                    + "': the inbox accepts .html, .htm, .txt, .md, .json and reviewed translations as .xlf");
        };
    }
}
