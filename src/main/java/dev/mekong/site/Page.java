package dev.mekong.site;

/**
 * One file of the site: where it goes, which kind of page renders it, and the inputs its bytes are made
 * from. Inputs are values (records, lists) built from the site index; two renders of a page with equal
 * inputs give the same bytes, so an update renders exactly the pages whose inputs changed.
 */
record Page(String path, PageType type, Object inputs) {
}
