package dev.mekong.extract;

import dev.mekong.ingest.DecodedInput;
import dev.mekong.model.Article;

/** Turns a decoded input into an article: metadata, body blocks and the removed chrome. */
public interface ArticleExtractor {

    /**
     * @throws dev.mekong.model.InputRejectedException when the input holds no article
     */
    Article extract(DecodedInput input);
}
