package dev.mekong.language;

import dev.mekong.model.Language;

/**
 * A language decision with the amount of evidence behind it.
 *
 * @param language the decision
 * @param evidence how much text it rests on: letters, each Han, kana or Hangul character counting
 *                 twice (it carries about as much as two alphabetic letters); 0 for text with no letters
 */
public record Detection(Language language, int evidence) {
}
