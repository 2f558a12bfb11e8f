package dev.mekong.translate;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;

import java.util.List;

/** Literal sample articles for the translator tests. */
final class Articles {

    private Articles() {
    }

    static Article english(String... paragraphs) {
        List<Block> blocks = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(Block.paragraph(p));
        }
        return new Article("a1", "council-budget", 1, null, new Language("en", 0.99),
                new Metadata("Council approves budget", null, null, null, null, null, null, null),
                blocks, null, null);
    }
}
