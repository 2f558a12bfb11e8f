package dev.mekong.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * What the page says about itself before any cleaning: head metadata, JSON-LD, and the short visible
 * lines (bylines, datelines, breadcrumbs) around the headline. Raw values; the extractor decides.
 */
final class PageFacts {

    /** A short visible line of the page and whether it sits after the main headline. */
    record Line(String text, boolean afterHeadline) {
    }

    String htmlTitle;
    String ogTitle;
    String jsonHeadline;
    final List<String> headlines = new ArrayList<>();
    final List<String> siteNames = new ArrayList<>();
    /** Machine-readable publish dates, most trustworthy source first. */
    final List<String> machineDates = new ArrayList<>();
    /** Weaker machine-readable dates (generic date metas, time elements), used when there is no better one. */
    final List<String> weakDates = new ArrayList<>();
    /** Link texts of the page's breadcrumb, as found. */
    final List<String> breadcrumb = new ArrayList<>();
    final List<String> authors = new ArrayList<>();
    final List<String> category = new ArrayList<>();
    /** One value per {@code article:tag} meta (Open Graph), as found. */
    final List<String> articleTags = new ArrayList<>();
    /** The {@code keywords} meta, split at commas. */
    final List<String> keywords = new ArrayList<>();
    /** The page's own summaries (og:description, description …), which often open the article. */
    final List<String> descriptions = new ArrayList<>();
    String canonical;
    String image;
    String htmlLang;
    final List<Line> lines = new ArrayList<>();
    /** Index in {@link #lines} of the main headline, or -1. */
    int headlineLine = -1;
}
