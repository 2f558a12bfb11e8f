package dev.mekong.site;

import dev.mekong.model.Removed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One article in the site index: everything the site shows of it outside its own pages (list items,
 * feeds, sitemap, category and tag pages, the report), without its body. Built from the record made safe
 * to publish ({@link ArticleViews#prepare}); equal entries make equal list pages.
 *
 * @param key         the record's file name in the store ({@code ID.json}), which orders the index
 * @param id          the article id the record holds (null in a broken record, which is not published)
 * @param recordHash  sha-256 of the record's bytes: the article's own pages change exactly when it does
 * @param slug        the slug it is published under (a safe one when the stored slug was not)
 * @param sourceTag   BCP-47 tag of the original
 * @param published   publish time as stored, or null
 * @param categories  category path, cut to the levels that get pages
 * @param categorySegments the URL segment of each category ({@link Slugs#categorySegment}, costly to compute)
 * @param tags        its tags, each once
 * @param tagSegments the URL segment of each tag
 * @param title       the stored title (the original's)
 * @param sourceFile  the file name of its source input, or null
 * @param sourceSha256 sha-256 of its source input's bytes, or null: an input renamed in the inbox becomes another
 *                    article with the same bytes, which the retired one's old URLs redirect to ({@link RetiredPages})
 * @param authors     its authors as stored
 * @param authorSegments the URL segment of each author ({@link Slugs#categorySegment}), one per author
 * @param versions    per site language: what a list item shows
 * @param slugWarning the warning for an unsafe stored slug, or null
 * @param warnings    other warnings about it (category levels cut, no valid date)
 * @param held        null for an article the site shows; {@link Publication#DRAFT} or {@link Publication#EMBARGO}
 *                    for one it did not show when it was indexed: then the entry has nothing but its key, id,
 *                    record hash and (embargoed) publish time, so that nothing of it can reach a page
 * @param media       the images copied into the content folder it shows ({@code media:} references of its lead
 *                    image and figures, {@link dev.mekong.media.MediaRef}), each once: the site publishes them
 *                    ({@link MediaPages})
 */
record IndexEntry(String key, String id, String recordHash, String slug, String sourceTag,
                  String published, List<String> categories, List<String> categorySegments, List<String> tags,
                  List<String> tagSegments, String title, String sourceFile, String sourceSha256,
                  List<String> authors, List<String> authorSegments, String image, List<Removed> removed,
                  Map<String, Item> versions, String slugWarning, List<String> warnings, String held,
                  List<String> media) {

    IndexEntry {
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** The entry of an article the site does not show ({@link Publication#hold}). */
    static IndexEntry held(String key, String id, String recordHash, String hold, String published) {
        return new IndexEntry(key, id, recordHash, null, null, published,
                List.of(), List.of(), List.of(), List.of(), null, null, null, List.of(), List.of(), null, List.of(), Map.of(), null,
                List.of(), hold, List.of());
    }

    /**
     * Whether the entry, made earlier, still says what {@link Publication#hold} says at {@code now}: false
     * once an embargo has ended (or, the clock set back, a shown article's time is to come again).
     */
    boolean currentAt(Instant now) {
        if (id == null || Publication.DRAFT.equals(held)) {
            return true; // only an edit of the record changes these
        }
        Instant due = Publication.due(published);
        return (due != null && now.isBefore(due)) == Publication.EMBARGO.equals(held);
    }

    /**
     * An article in one site language as lists show it.
     *
     * @param status         source, reviewed, machine, partial or untranslated
     * @param textLang       BCP-47 tag of the text shown
     * @param readingMinutes estimated from the whole text
     * @param date           publish date as the language writes it (formatting it is the costly part of a
     *                       list item, so it is done once, when the article is indexed), or null
     * @param time           publish time likewise, or null
     */
    record Item(String status, String textLang, String title, String excerpt, int readingMinutes, String date,
                String time) {
    }
}
