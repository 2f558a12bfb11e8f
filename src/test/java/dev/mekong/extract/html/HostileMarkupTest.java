package dev.mekong.extract.html;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.mekong.extract.html.HtmlPageExtractorTest.P1;
import static dev.mekong.extract.html.HtmlPageExtractorTest.P2;
import static dev.mekong.extract.html.HtmlPageExtractorTest.extract;
import static dev.mekong.extract.html.HtmlPageExtractorTest.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile markup never reaches the blocks: only plain text, only http(s) image URLs. */
class HostileMarkupTest {

    @Test
    void activeContentNeverContributesTextAndBadUrlsAreDropped() {
        String html = page("<title>Safe</title><meta property=\"og:image\" content=\"javascript:alert(1)\">",
                "<article><h1>Safe</h1>"
                        + "<p onclick=\"alert(1)\">" + P1 + "</p>"
                        + "<script>document.write('SCRIPT-TEXT')</script><style>p{color:red}</style>"
                        + "<iframe src=\"https://evil.example\">IFRAME-TEXT</iframe><object data=\"x.swf\">OBJECT-TEXT</object>"
                        + "<noscript>NOSCRIPT-TEXT</noscript><template><p>TEMPLATE-TEXT</p></template>"
                        + "<form action=\"/x\"><label>FORM-TEXT</label><input value=\"INPUT-TEXT\"></form>"
                        + "<p style=\"display:none\">HIDDEN-TEXT</p>"
                        + "<figure><img src=\"javascript:alert(1)\"><figcaption>Caption one</figcaption></figure>"
                        + "<figure><img src=\"data:image/png;base64,AAAA\"><figcaption>Caption two</figcaption></figure>"
                        + "<p>&lt;script&gt;alert(2)&lt;/script&gt; " + P2 + "</p>"
                        + "</article>");
        Article a = extract(html);
        assertThat(a.blocks()).containsExactly(
                Block.paragraph(P1),
                new Block(Block.FIGURE, "Caption one", null, null, null),
                new Block(Block.FIGURE, "Caption two", null, null, null),
                Block.paragraph("<script>alert(2)</script> " + P2));
        assertThat(a.meta().image()).isNull();
        String all = a.blocks().stream().map(Block::plainText).reduce("", String::concat) + a.removed();
        assertThat(all).doesNotContain("SCRIPT-TEXT", "IFRAME-TEXT", "OBJECT-TEXT", "NOSCRIPT-TEXT", "TEMPLATE-TEXT",
                "INPUT-TEXT", "HIDDEN-TEXT", "color:red");
    }

    @Test
    void tenThousandLevelsOfNestingDoNotCrash() {
        StringBuilder html = new StringBuilder("<html><head><title>Deep markup still gives its headline</title></head><body>");
        html.append("<div>".repeat(10_000)).append("<p>").append(P1).append("</p>").append("</div>".repeat(10_000));
        html.append("<span>".repeat(10_000)).append(P2).append("</span>".repeat(10_000));
        html.append("</body></html>");
        Article a = extract(html.toString());
        assertThat(a.title()).isEqualTo("Deep markup still gives its headline"); // a one-word title would be doubted as a label
        assertThat(a.blocks()).extracting(Block::plainText).contains(P1);
        assertThat(List.of(a.blocks().size())).allMatch(n -> n >= 1);
    }
}
