package dev.mekong.site;

import java.util.List;

/** The read-only records templates see. Paths are relative to the site root; templates prefix {@code root}. */
public final class Views {

    private Views() {
    }

    /**
     * One block of an article body.
     *
     * @param lang BCP-47 tag when it differs from the surrounding text's language, else null
     * @param rows table rows split into cells (tables only)
     */
    public record BlockView(String type, String text, List<String> items, List<List<String>> rows, ImageView image,
                     String lang) {
    }

    /**
     * An image on an article page: one the site serves ({@code local}: {@code src} and the variants' paths are
     * relative to the site root, with its intrinsic size) or a link to an http(s) URL (no size, no variants).
     *
     * @param variants the smaller copies for {@code srcset}, the original last; empty for a linked image or one
     *                 with no copy smaller than itself
     * @param alt      its text alternative: a figure's caption, else the image's own alt (empty when none)
     * @param altLang  the language of {@code alt} when it is not the page's (an untranslated alt), else null
     */
    public record ImageView(String src, boolean local, Integer width, Integer height, List<ImageVariant> variants,
                            String alt, String altLang) {
    }

    /** One {@code srcset} candidate: a copy of an image the site serves and its width. */
    public record ImageVariant(String path, int width) {
    }

    /** A plain link; {@code lang} set when the label's language differs from the page's. */
    public record LinkView(String label, String path, String lang) {
    }

    /** Where an article was first published: the publisher (or the URL's host) and the absolute URL. */
    public record SourceView(String publisher, String url) {
    }

    /**
     * One language in the switcher.
     *
     * @param available false when the target is an untranslated fallback (shown greyed, with a note)
     */
    public record SwitchView(String code, String name, String path, boolean current, boolean available) {
    }

    /** An alternate-language URL for hreflang links and the sitemap. */
    public record AlternateView(String hreflang, String url) {
    }

    /**
     * An article in one site language, as list items and article pages show it.
     *
     * @param textLang  BCP-47 tag of the text shown (the original's for untranslated versions)
     * @param langAttr  {@code textLang} when it differs from the page language, else null
     * @param status    source, reviewed, machine, partial or untranslated
     * @param image     the lead image's absolute URL (og:image, JSON-LD), or null
     * @param lead      the lead image as an article page shows it; null in lists
     */
    public record ArticleView(String id, String code, String path, String url, String status, String textLang,
                       String langAttr, String title, String excerpt, String isoDate, String date, String time,
                       String zone, int readingMinutes, List<BlockView> blocks, List<String> authors,
                       String publisher, String editor, List<LinkView> categories, List<LinkView> tags, String image,
                       String engine, ImageView lead) {

        public boolean translated() {
            return !"untranslated".equals(status);
        }

        /**
         * Whether search engines are pointed at it (hreflang, sitemap, no noindex): the original or a complete
         * translation. A partial version, with paragraphs left in the original language, is not.
         */
        public boolean indexable() {
            return translated() && !"partial".equals(status);
        }
    }

    /** A tag in the list of tags, with the number of articles carrying it. */
    public record TermView(String label, String path, String lang, int count) {
    }

    /** A page in the sitemap, with its last modification (null for homes) and its hreflang alternates. */
    public record SitemapUrl(String loc, String lastmod, List<AlternateView> alternates) {
    }

    /** A month of the archive. */
    public record MonthView(String key, String label, String path, int count) {
    }
}
