package dev.mekong.site;

import dev.mekong.model.Article;

import java.util.List;

/**
 * Everything one render needs: the stored articles and what the pipeline has to tell the editor.
 *
 * @param articles the stored articles, in any order
 * @param summary  quarantined inputs and warnings of the build, for the report
 */
public record SiteBuild(List<Article> articles, BuildSummary summary) {

    public SiteBuild {
        articles = List.copyOf(articles);
        summary = summary == null ? BuildSummary.empty() : summary;
    }

    public static SiteBuild of(List<Article> articles) {
        return new SiteBuild(articles, BuildSummary.empty());
    }
}
