package dev.mekong.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * The one canonical record of an article: written to the content folder by the store and the
 * single source the renderer reads. Every stage adds to it; none keeps a private copy.
 *
 * @param id        stable identity: the same input keeps it across rebuilds and edits
 * @param slug      URL slug chosen when the article was first stored and kept afterwards
 * @param revision  1 for a new article, incremented whenever the source bytes change
 * @param source    where it came from
 * @param language  detected language of the whole article
 * @param meta      title, date, people, category, links
 * @param blocks    the article body, structure kept, in the source language
 * @param removed   what the cleaner dropped and the rule that dropped it
 * @param versions  one version per site language, keyed by site language code (zh, en, vi, th …)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        String id,
        String slug,
        int revision,
        Source source,
        Language language,
        Metadata meta,
        List<Block> blocks,
        List<Removed> removed,
        Map<String, Version> versions) {

    public Article {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        removed = removed == null ? List.of() : List.copyOf(removed);
        versions = versions == null ? Map.of() : Map.copyOf(versions);
    }

    /** A freshly extracted article: no identity, language or versions yet. */
    public static Article extracted(Source source, Metadata meta, List<Block> blocks, List<Removed> removed) {
        return new Article(null, null, 0, source, null, meta, blocks, removed, null);
    }

    public Article withLanguage(Language language, List<Block> blocks) {
        return new Article(id, slug, revision, source, language, meta, blocks, removed, versions);
    }

    public Article withVersions(Map<String, Version> versions) {
        return new Article(id, slug, revision, source, language, meta, blocks, removed, versions);
    }

    /** The article with its lead image and body as the image capture left them (dev.mekong.media.ImageCapture). */
    public Article withImages(Metadata meta, List<Block> blocks) {
        return new Article(id, slug, revision, source, language, meta, blocks, removed, versions);
    }

    public Article withIdentity(String id, String slug, int revision) {
        return new Article(id, slug, revision, source, language, meta, blocks, removed, versions);
    }

    @JsonIgnore
    public String title() {
        return meta == null ? null : meta.title();
    }
}
