package dev.mekong.model;

/**
 * A block of the input the cleaner dropped, with the rule that dropped it, so a user can see and tune
 * what was stripped.
 *
 * @param text the dropped text (one line or block)
 * @param rule the rule's id, e.g. {@code breadcrumb}, {@code related-list}, {@code disclaimer}
 */
public record Removed(String text, String rule) {
}
