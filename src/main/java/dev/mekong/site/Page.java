package dev.mekong.site;

/**
 * One file of the site: where it goes, which kind of page renders it, and the inputs its bytes are made
 * from. Inputs are values (records, lists) built from the site index; two renders of a page with equal
 * inputs give the same bytes, so an update renders exactly the pages whose inputs changed.
 *
 * @param frame what the site frame of an HTML page shows that depends on the articles (the category menu,
 *              {@link PageContext#frame}), set by the renderer; null for other files. A page whose frame
 *              changed is rendered again like one whose inputs changed.
 */
record Page(String path, PageType type, Object inputs, Object frame) {

    Page(String path, PageType type, Object inputs) {
        this(path, type, inputs, null);
    }

    /** Whether it makes the same bytes as another page at its path. */
    boolean sameAs(Page other) {
        return other != null && inputs.equals(other.inputs) && java.util.Objects.equals(frame, other.frame);
    }
}
