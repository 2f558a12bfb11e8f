package dev.mekong.pipeline;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The names in a kept inbox as a start found them, from one listing of the folder: the start asks for each
 * of the inputs its records and journals name (40,000 in a large archive), and a look at each file cost
 * it a second. A name counts whatever the entry is; the file consumer refuses what is not a plain file.
 *
 * @param folder the inbox
 * @param names  the names of its entries
 */
public record InboxListing(Path folder, Set<String> names) {

    /** Lists the folder; a folder that cannot be listed holds nothing. */
    public static InboxListing of(Path folder) {
        String[] names = folder.toFile().list();
        return new InboxListing(folder, names == null ? Set.of() : new HashSet<>(Arrays.asList(names)));
    }

    public boolean contains(String name) {
        return names.contains(name);
    }
}
