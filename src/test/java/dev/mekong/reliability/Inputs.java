package dev.mekong.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Distinct, ordinary plain-text news articles for volume tests: each one's title and text name its number. */
final class Inputs {

    private static final List<String> TOWNS = List.of("Can Tho", "Pakse", "Kratie", "Chiang Saen", "My Tho",
            "Luang Prabang", "Stung Treng", "Nong Khai", "Vinh Long", "Savannakhet");
    private static final List<String> THINGS = List.of("flood shelter", "river ferry", "rice market", "clinic",
            "bridge", "school", "fish farm", "water tower", "bus line", "library");

    private Inputs() {
    }

    static String name(int i) {
        return String.format(Locale.ROOT, "story-%04d.txt", i);
    }

    static String title(int i) {
        return String.format(Locale.ROOT, "%s opens a new %s, number %d", TOWNS.get(i % TOWNS.size()),
                THINGS.get(i / TOWNS.size() % THINGS.size()), i);
    }

    static byte[] article(int i) {
        return article(i, "");
    }

    /** The article numbered i; {@code edit} is added as a last paragraph (an updated version of the same file). */
    static byte[] article(int i, String edit) {
        String town = TOWNS.get(i % TOWNS.size());
        String thing = THINGS.get(i / TOWNS.size() % THINGS.size());
        String text = """
                Home > Region > Mekong

                %s

                By Mai Tran | March 3, 2025 08:30

                The town of %s opened a new %s on Monday, the district office said, after two years of work \
                that was paid for by the province and by the families who live along the river.

                Officials said the %s would serve about %d households and would stay open through the rainy \
                season, when the roads to the provincial capital are often cut for several weeks at a time.

                "We waited a long time for this, and now the children and the old people do not have to travel \
                so far," said a shopkeeper who has lived near the market for most of her life. Report %d.
                %s""".formatted(title(i), town, thing, thing, 100 + i * 7 % 900, i, edit.isEmpty() ? "" : "\n" + edit + "\n");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
