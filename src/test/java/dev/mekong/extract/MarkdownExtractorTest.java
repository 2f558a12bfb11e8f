package dev.mekong.extract;

import dev.mekong.ingest.InputDecoder;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownExtractorTest {

    private static Article extract(String text) {
        return new MarkdownExtractor().extract(new InputDecoder().decode("a.md", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void inlineMarkupLeavesItsText() {
        assertThat(MarkdownExtractor.inline("Plain text, no marks at all.")).isEqualTo("Plain text, no marks at all.");
        assertThat(MarkdownExtractor.inline("See ![a dam](img/dam.jpg) and [the report](https://x.org/r \"title\") or [ref][1]."))
                .isEqualTo("See a dam and the report or ref.");
        assertThat(MarkdownExtractor.inline("<span class=\"x\">Tagged</span> text <br/>")).isEqualTo("Tagged text");
        assertThat(MarkdownExtractor.inline("**Bold** and __strong__, *em* and _under_score_ and snake_case_name and 2 * 3 * 4"))
                .isEqualTo("Bold and strong, em and under_score and snake_case_name and 2 * 3 * 4");
        assertThat(MarkdownExtractor.inline("Use `code [x](y)` here ~~gone~~ and \\_ \\[x\\]"))
                .isEqualTo("Use code x here gone and _ [x]");
        assertThat(MarkdownExtractor.inline("中文**加粗**和[链接](http://a.cn)。")).isEqualTo("中文加粗和链接。");
        assertThat(MarkdownExtractor.inline("Nested **bold with *em* inside** end")).isEqualTo("Nested bold with em inside end");
        assertThat(MarkdownExtractor.inline("  spaced  *  not em * ")).isEqualTo("spaced  *  not em *");
    }

    @Test
    void frontMatterFieldsPassThrough() {
        Article a = extract("""
                ---
                title: Mekong floods recede
                date: 2025-01-19 08:30
                authors: [Lan Nguyen, Minh Tran]
                publisher: River Post
                editor: Hoa Le
                category: News / Environment
                lang: vi
                url: https://example.org/floods
                image: https://example.org/floods.jpg
                ---
                Water levels fell overnight.
                """);
        assertThat(a.meta().title()).isEqualTo("Mekong floods recede");
        assertThat(a.meta().published()).isEqualTo("2025-01-19T08:30:00+07:00");
        assertThat(a.meta().authors()).containsExactly("Lan Nguyen", "Minh Tran");
        assertThat(a.meta().publisher()).isEqualTo("River Post");
        assertThat(a.meta().editor()).isEqualTo("Hoa Le");
        assertThat(a.meta().category()).containsExactly("News", "Environment");
        assertThat(a.meta().canonicalUrl()).isEqualTo("https://example.org/floods");
        assertThat(a.meta().image()).isEqualTo("https://example.org/floods.jpg");
        assertThat(a.language().tag()).isEqualTo("vi");
        assertThat(a.blocks()).containsExactly(Block.paragraph("Water levels fell overnight."));
    }

    @Test
    void tagsDraftDateAndTranslationKeyFromFrontMatter() {
        Article a = extract("""
                ---
                title: Ferry returns
                date: 2026-12-06T08:00:00+07:00
                lang: th
                translationKey: story-000001
                draft: true
                tags: [rivers, "ferries"]
                ---
                The ferry runs again.
                """);
        assertThat(a.meta().tags()).containsExactly("rivers", "ferries");
        assertThat(a.meta().draft()).isTrue();
        assertThat(a.meta().published()).isEqualTo("2026-12-06T08:00:00+07:00");
        assertThat(a.meta().translationKey()).isEqualTo("story-000001");
        assertThat(a.language().tag()).isEqualTo("th");
    }

    @Test
    void tagsAsOneLineAndKeywordsAndNoDraft() {
        assertThat(extract("---\ntitle: T\ntags: rivers, ferries ;boats\n---\nBody.\n").meta().tags())
                .containsExactly("rivers", "ferries", "boats");
        Article keywords = extract("---\ntitle: T\nkeywords: [rivers]\ndraft: false\n---\nBody.\n");
        assertThat(keywords.meta().tags()).containsExactly("rivers");
        assertThat(keywords.meta().draft()).isFalse();
        assertThat(keywords.meta().translationKey()).isNull();
    }

    @Test
    void tagsAreCleanedLikeCategoriesOnceExtracted() {
        Article a = FormatExtractor.standard().extract(new InputDecoder().decode("a.md",
                "---\ntitle: T\ntags: [rivers, \" rivers \", \"\", \"fer\\tries\"]\n---\nBody.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(a.meta().tags()).containsExactly("rivers", "fer ries");
    }

    @Test
    void bodyBlocksArePlainText() {
        Article a = extract("""
                # The title
                First **bold** line
                wrapped with a [link](http://x).

                ## Section
                - one
                - two *items*
                1. first
                > quoted
                > words

                ![A boat](boat.jpg)

                中文第一行
                第二行
                """);
        assertThat(a.meta().title()).isEqualTo("The title");
        assertThat(a.blocks()).containsExactly(
                Block.paragraph("First bold line wrapped with a link."),
                Block.of(Block.HEADING2, "Section"),
                new Block(Block.LIST, null, List.of("one", "two items"), null, null),
                new Block(Block.ORDERED_LIST, null, List.of("first"), null, null),
                Block.of(Block.QUOTE, "quoted words"),
                new Block(Block.FIGURE, "A boat", null, "boat.jpg", null),
                Block.paragraph("中文第一行第二行"));
    }

    @Test
    void unclosedFrontMatterIsRejected() {
        assertThatThrownBy(() -> extract("---\ntitle: x\nbody"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("no closing '---'");
    }

    @Test
    void invalidYamlIsRejected() {
        assertThatThrownBy(() -> extract("---\ntitle: [unclosed\n---\nText."))
                .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("bad front matter: not valid YAML");
    }

    @Test
    void nothingAtAllIsRejected() {
        assertThatThrownBy(() -> extract("---\nauthor: x\n---\n\n"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("no title and no body");
    }
}
