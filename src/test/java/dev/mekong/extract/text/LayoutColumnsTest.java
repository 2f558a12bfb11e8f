package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutColumnsTest {

    @Test
    void plainBlockIsReadLineByLine() {
        assertThat(LayoutColumns.read(List.of("First line of text", "  second line")))
                .containsExactly(new LayoutColumns.Piece("First line of text", true), new LayoutColumns.Piece("second line", false));
    }

    @Test
    void layoutTableIsReadColumnByColumn() {
        List<String> block = List.of(
                "The council voted on Tuesday to close        Most read",
                "the old bridge for repairs until spring.     • Bridge closed",
                "                                             • Snow forecast",
                "Drivers will be diverted through town.       • Mayor resigns");
        assertThat(LayoutColumns.read(block)).containsExactly(
                new LayoutColumns.Piece("The council voted on Tuesday to close", true),
                new LayoutColumns.Piece("the old bridge for repairs until spring.", false),
                new LayoutColumns.Piece("Drivers will be diverted through town.", true),
                new LayoutColumns.Piece("Most read", true),
                new LayoutColumns.Piece("• Bridge closed", false),
                new LayoutColumns.Piece("• Snow forecast", false),
                new LayoutColumns.Piece("• Mayor resigns", false));
    }

    @Test
    void narrowCellIsSplitWhereAColumnStartsOnOtherLines() {
        List<String> block = List.of(
                "Town Garage     The council voted on Tuesday to close",
                "Car Parts Ltd   the old bridge for repairs until spring.",
                "Bakery          Drivers will be diverted.");
        assertThat(LayoutColumns.read(block)).extracting(LayoutColumns.Piece::text).containsExactly(
                "Town Garage", "Car Parts Ltd", "Bakery",
                "The council voted on Tuesday to close", "the old bridge for repairs until spring.", "Drivers will be diverted.");
    }

    @Test
    void listItemOfTheNextColumnMayFollowASingleSpace() {
        List<String> block = List.of(
                "The council voted on Tuesday to close         * Bridge closed",
                "the old bridge for repairs until next spring. * Snow forecast for the weekend",
                "Drivers will be diverted.                     * Mayor resigns");
        assertThat(LayoutColumns.read(block)).extracting(LayoutColumns.Piece::text).containsExactly(
                "The council voted on Tuesday to close", "the old bridge for repairs until next spring.", "Drivers will be diverted.",
                "* Bridge closed", "* Snow forecast for the weekend", "* Mayor resigns");
    }

    @Test
    void tableSplitByABlankLineIsJoinedAgain() {
        String[] page = {
                "Menu",
                "",
                "The council voted on Tuesday to close        Most read",
                "the old bridge for repairs until spring.     • Bridge closed",
                "",
                "Drivers will be diverted through town.       • Mayor resigns",
                "",
                "Contact us"};
        assertThat(LayoutColumns.blocks(page)).containsExactly(
                List.of("Menu"),
                List.of("The council voted on Tuesday to close        Most read",
                        "the old bridge for repairs until spring.     • Bridge closed",
                        "",
                        "Drivers will be diverted through town.       • Mayor resigns"),
                List.of("Contact us"));
        assertThat(LayoutColumns.read(LayoutColumns.blocks(page).get(1))).containsExactly(
                new LayoutColumns.Piece("The council voted on Tuesday to close", true),
                new LayoutColumns.Piece("the old bridge for repairs until spring.", false),
                new LayoutColumns.Piece("Drivers will be diverted through town.", true),
                new LayoutColumns.Piece("Most read", true),
                new LayoutColumns.Piece("• Bridge closed", false),
                new LayoutColumns.Piece("• Mayor resigns", true));
    }

    @Test
    void wideCharactersCountTwoColumnsWhenAligningCells() {
        List<String> block = List.of(
                "网易娱乐1月17日报道，作家韩寒身处风口浪尖           • 图片一",
                "Some Latin text of the same display width           • 图片二");
        assertThat(LayoutColumns.read(block)).extracting(LayoutColumns.Piece::text).containsExactly(
                "网易娱乐1月17日报道，作家韩寒身处风口浪尖", "Some Latin text of the same display width", "• 图片一", "• 图片二");
    }

    @Test
    void displayWidth() {
        assertThat(LayoutColumns.displayWidth("ab中文，", 5)).isEqualTo(8);
    }
}
