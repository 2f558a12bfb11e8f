package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.InputRejectedException;
import dev.mekong.site.ArticleStore;
import dev.mekong.translate.memory.TranslationMemory;
import dev.mekong.translate.review.Xliff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reviewed translations dropped into the inbox as XLIFF: they go into the translation memory, where
 * they win over any engine, and every stored article is translated again from the memory (nothing is
 * sent to an engine for segments already known), so the reviewed text is published at once.
 */
public class ReviewDrop {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewDrop.class);

    private final TranslationMemory memory;
    private final TranslateStep translate;
    private final ArticleStore store;
    private final SiteUpdater site;

    public ReviewDrop(TranslationMemory memory, TranslateStep translate, ArticleStore store, SiteUpdater site) {
        this.memory = memory;
        this.translate = translate;
        this.store = store;
        this.site = site;
    }

    public void apply(String fileName, String absolutePath) {
        Xliff.ImportResult result;
        try {
            result = Xliff.importFile(Path.of(absolutePath), memory);
        } catch (IOException e) {
            throw new InputRejectedException("not a usable XLIFF 2 file of reviewed translations: " + e.getMessage(), e);
        }
        for (Article article : store.all()) {
            // under the store's lock: a worker storing a new revision of this article meanwhile is not overwritten
            synchronized (store) {
                store.find(article.id()).ifPresent(current -> store.save(translate.apply(current)));
            }
        }
        site.changed();
        LOG.info("{}: {} reviewed segments stored ({} → {}), {} left out as not reviewed, {} with an empty target",
                fileName, result.applied(), result.sourceLang(), result.targetLang(), result.skipped(),
                result.emptyTargets());
    }
}
