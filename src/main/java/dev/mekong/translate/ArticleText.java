package dev.mekong.translate;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.translate.text.Segmenter;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's translatable text cut into units (the title, then each line of each block's text, list
 * item or table cell), and the way back: rebuilding blocks from the units' translations. Units are the
 * grain of the memory and of human review; the translator and the XLIFF exporter share this cut.
 */
public final class ArticleText {

    /**
     * @param text  the unit's text (never contains a line break or a tab)
     * @param lang  its source language: the block's own, else the article's
     * @param block the block index, or -1 for the title
     */
    public record Unit(String text, String lang, int block) {
    }

    /** A text slot of the article (title, block text, item) and its parts: units and separators. */
    private record Field(int block, int item, List<String> parts, int[] unitOfPart) {
    }

    private static final Segmenter SEGMENTER = new Segmenter();

    private final Article article;
    private final String articleLang;
    private final List<Field> fields = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();

    public ArticleText(Article article) {
        this.article = article;
        this.articleLang = article.language() == null ? "und" : article.language().tag();
        if (article.title() != null) {
            addField(-1, -1, article.title(), articleLang);
        }
        for (int b = 0; b < article.blocks().size(); b++) {
            Block block = article.blocks().get(b);
            String lang = block.lang() != null ? block.lang() : articleLang;
            if (block.text() != null) {
                addField(b, -1, block.text(), lang);
            }
            if (block.items() != null) {
                for (int i = 0; i < block.items().size(); i++) {
                    addField(b, i, block.items().get(i), lang);
                }
            }
        }
    }

    private void addField(int block, int item, String text, String lang) {
        List<String> parts = new ArrayList<>();
        for (String line : SEGMENTER.paragraphs(text)) {
            parts.addAll(splitTabs(line));
        }
        int[] unitOfPart = new int[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            if (part.equals("\n") || part.equals("\t") || part.isBlank()) {
                unitOfPart[p] = -1;
            } else {
                unitOfPart[p] = units.size();
                units.add(new Unit(part, lang, block));
            }
        }
        fields.add(new Field(block, item, parts, unitOfPart));
    }

    /** Table rows keep cells apart with tabs: each cell is its own unit. */
    private static List<String> splitTabs(String line) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                out.add(line.substring(start, i));
                out.add("\t");
                start = i + 1;
            }
        }
        out.add(line.substring(start));
        return out;
    }

    public List<Unit> units() {
        return units;
    }

    public String articleLang() {
        return articleLang;
    }

    /** Title rebuilt from {@code outputs}, or the original title when its unit has no output. */
    public String title(String[] outputs) {
        for (Field f : fields) {
            if (f.block() == -1) {
                return assemble(f, outputs);
            }
        }
        return null;
    }

    /** Whether every unit of the block (or of the title, for -1) has an output. */
    public boolean complete(int block, String[] outputs) {
        for (Field f : fields) {
            if (f.block() == block) {
                for (int u : f.unitOfPart()) {
                    if (u >= 0 && outputs[u] == null) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The blocks with each unit replaced by its output. A block with any unit lacking an output stays
     * the original, marked with its source language, so a page never mixes languages inside a block.
     *
     * @param keepLang per block: true when the block's text is unchanged and keeps its own lang
     */
    public List<Block> blocks(String[] outputs, boolean[] keepLang) {
        List<Block> out = new ArrayList<>();
        for (int b = 0; b < article.blocks().size(); b++) {
            Block original = article.blocks().get(b);
            if (!complete(b, outputs)) {
                out.add(original.withLang(original.lang() != null ? original.lang() : articleLang));
                continue;
            }
            String text = original.text();
            List<String> items = original.items() == null ? null : new ArrayList<>(original.items());
            for (Field f : fields) {
                if (f.block() != b) {
                    continue;
                }
                if (f.item() < 0) {
                    text = assemble(f, outputs);
                } else {
                    items.set(f.item(), assemble(f, outputs));
                }
            }
            out.add(new Block(original.type(), text, items, original.src(), keepLang[b] ? original.lang() : null, original.alt()));
        }
        return out;
    }

    private static String assemble(Field f, String[] outputs) {
        StringBuilder s = new StringBuilder();
        for (int p = 0; p < f.parts().size(); p++) {
            int u = f.unitOfPart()[p];
            s.append(u >= 0 && outputs[u] != null ? outputs[u] : f.parts().get(p));
        }
        return s.toString();
    }
}
