package dev.mekong.extract.text;

import dev.mekong.language.LanguageFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text dump of a layout table column by column. A renderer such as w3m draws a table row by
 * row, so an article in the left column and a headline list in the right one come out interleaved on
 * the same lines, separated by a wide gap. Within one block (lines between blank lines) every cell is
 * placed by its display column; cells that start at about the same column form one layout column,
 * and each layout column is read top to bottom. A line where a column has no cell breaks that column
 * into paragraphs, as the blank line inside a table cell would.
 */
final class LayoutColumns {

    /** A piece of text and whether it opens a new paragraph. */
    record Piece(String text, boolean paragraphStart) {
    }

    private static final Pattern WIDE_GAP = Pattern.compile("\\s{5,}");
    private static final Pattern CELL = Pattern.compile("\\S(?:.*?\\S)??(?=\\s{5,}|\\s*$)");
    /** Cells whose starts differ by less than this many display columns belong to one layout column. */
    private static final int ALIGNMENT_TOLERANCE = 6;
    /** The fewest spaces between a narrow cell and the next column. */
    private static final int NARROW_GAP = 2;
    /** A bulleted list item: "* Headline", "• Headline". */
    private static final Pattern BULLET_ITEM = Pattern.compile("[*•·●▪■►]\\s\\S");

    private LayoutColumns() {
    }

    /**
     * Blocks of consecutive non-blank raw lines, with a layout table that a blank line splits into
     * several blocks joined again (a blank line kept between them): an article cell runs on past a
     * blank line beside the sidebar cells, and reading each block column by column on its own would
     * put the sidebar between the two halves of the article. Two table blocks belong to one table
     * when a column starts at the same place in both.
     */
    static List<List<String>> blocks(String[] rawLines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        boolean previousIsTable = false;
        for (int r = 0; r <= rawLines.length; r++) {
            String raw = r < rawLines.length ? rawLines[r] : "";
            if (!LineShape.strip(raw.replace('\u00A0', ' ')).isEmpty()) {
                block.add(raw);
                continue;
            }
            if (block.isEmpty()) {
                continue;
            }
            boolean table = isTable(block);
            List<String> previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            // the table's columns are the ones seen on two lines; the new block may show a column on one line only
            if (table && previousIsTable && shareColumn(blockColumns(previous, 2), blockColumns(block, 1))) {
                previous.add("");
                previous.addAll(block);
            } else {
                blocks.add(new ArrayList<>(block));
            }
            previousIsTable = table;
            block.clear();
        }
        return blocks;
    }

    private static boolean isTable(List<String> block) {
        return block.stream().anyMatch(l -> WIDE_GAP.matcher(LineShape.strip(l)).find());
    }

    private static boolean shareColumn(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (Math.abs(x - y) < ALIGNMENT_TOLERANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where cells after a gap start on at least {@code support} lines of a table block. */
    private static int[] blockColumns(List<String> block, int support) {
        List<Integer> starts = new ArrayList<>();
        for (String raw : block) {
            List<Cell> cells = cells(raw);
            for (int c = 1; c < cells.size(); c++) {
                starts.add(cells.get(c).column);
            }
        }
        return columnStarts(starts, support);
    }

    /** The pieces of one block (see {@link #blocks}), in reading order. */
    static List<Piece> read(List<String> block) {
        boolean table = isTable(block);
        List<Piece> out = new ArrayList<>();
        if (!table) {
            for (int i = 0; i < block.size(); i++) {
                out.add(new Piece(LineShape.strip(block.get(i)), i == 0));
            }
            return out;
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (String raw : block) {
            List<Cell> cells = cells(raw);
            rows.add(cells);
            for (int c = 1; c < cells.size(); c++) {
                starts.add(cells.get(c).column);
            }
        }
        int[] bounds = columnStarts(starts, block.size() > 1 ? 2 : 1);
        for (int r = 0; r < rows.size(); r++) {
            rows.set(r, splitAtColumns(rows.get(r), bounds));
        }
        for (int k = 0; k <= bounds.length; k++) {
            boolean open = true;
            for (List<Cell> row : rows) {
                boolean any = false;
                for (Cell c : row) {
                    if (columnOf(c.column, bounds) == k) {
                        out.add(new Piece(c.text, open || any));
                        any = true;
                        open = false;
                    }
                }
                if (!any) {
                    open = true;
                }
            }
        }
        return out;
    }

    private record Cell(String text, int column) {
    }

    private static List<Cell> cells(String raw) {
        String line = raw.replace('\u00A0', ' ');
        List<Cell> cells = new ArrayList<>();
        Matcher m = CELL.matcher(line);
        while (m.find()) {
            String text = LineShape.strip(m.group());
            if (!text.isEmpty()) {
                cells.add(new Cell(text, displayWidth(line, m.start())));
            }
        }
        return cells;
    }

    /**
     * A short cell in a narrow column leaves less than the wide gap before the next column ("Car Parts
     * the council voted"): where a cell's text resumes after two or more spaces right at a column
     * start found on other lines, that is a new cell.
     */
    private static List<Cell> splitAtColumns(List<Cell> row, int[] bounds) {
        List<Cell> out = new ArrayList<>();
        for (Cell cell : row) {
            String t = cell.text;
            int from = 0;
            int fromColumn = cell.column;
            for (int k = 1; k < t.length(); k++) {
                if (t.charAt(k) == ' ' || t.charAt(k - 1) != ' ') {
                    continue;
                }
                int column = cell.column + displayWidth(t, k);
                boolean narrowGap = k >= NARROW_GAP && t.substring(k - NARROW_GAP, k).isBlank();
                // a list item of the next column may follow the text after a single space
                boolean bulletAtStart = BULLET_ITEM.matcher(t).region(k, t.length()).lookingAt() && isColumnStart(column, bounds);
                if (narrowGap && startsColumn(column, bounds) || bulletAtStart) {
                    out.add(new Cell(LineShape.strip(t.substring(from, k)), fromColumn));
                    from = k;
                    fromColumn = column;
                }
            }
            out.add(from == 0 ? cell : new Cell(t.substring(from), fromColumn));
        }
        return out;
    }

    private static boolean isColumnStart(int column, int[] bounds) {
        for (int b : bounds) {
            if (column == b) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsColumn(int column, int[] bounds) {
        for (int b : bounds) {
            if (column >= b && column < b + ALIGNMENT_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where layout columns start: display columns at which cells after a gap start on at least
     * {@code support} lines (give or take the tolerance, since wide and ambiguous characters shift them).
     */
    private static int[] columnStarts(List<Integer> starts, int support) {
        List<Integer> anchors = new ArrayList<>();
        List<Integer> left = new ArrayList<>(starts);
        while (!left.isEmpty()) {
            int best = -1;
            int bestCount = 0;
            for (int s : left) {
                int count = 0;
                for (int t : left) {
                    if (t >= s && t - s < ALIGNMENT_TOLERANCE) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = s;
                }
            }
            if (bestCount < support) {
                break;
            }
            int anchor = best;
            anchors.add(anchor);
            left.removeIf(t -> Math.abs(t - anchor) < ALIGNMENT_TOLERANCE);
        }
        return anchors.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** 0 before the first column start, k after the k-th. */
    private static int columnOf(int column, int[] bounds) {
        int k = 0;
        while (k < bounds.length && bounds[k] - ALIGNMENT_TOLERANCE < column) {
            k++;
        }
        return k;
    }

    /** Display width of the first {@code end} chars: East Asian wide characters take two columns. */
    static int displayWidth(String s, int end) {
        int w = 0;
        for (int i = 0; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += isWide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return LanguageFacts.isIdeographic(script) || cp >= 0x2E80 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6;
    }
}
