package dev.mekong.language;

import dev.mekong.model.Language;

/** Decides the language of a piece of text. */
public interface LanguageDetector {

    /** A BCP-47 tag with a confidence; {@code und} with low confidence when unsure. Never null. */
    Language detect(String text);
}
