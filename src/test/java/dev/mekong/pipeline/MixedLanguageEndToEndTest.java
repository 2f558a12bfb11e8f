package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A Thai article quoting an English sentence: the article is Thai, the quote keeps lang="en" on every page. */
class MixedLanguageEndToEndTest {

    @TempDir
    Path work;

    private static final String QUOTE = "We expect the new cold storage to cut losses by half before the next harvest season begins.";

    private static final String ARTICLE = """
            ---
            title: เชียงใหม่เปิดห้องเย็นใหม่ช่วยเกษตรกรลดการสูญเสียผลผลิต
            date: 2025-02-10T09:00:00+07:00
            author: สมชาย ใจดี
            ---
            จังหวัดเชียงใหม่เปิดห้องเย็นแห่งใหม่ที่ตลาดกลางสินค้าเกษตรเมื่อวันจันทร์ เพื่อช่วยให้เกษตรกรเก็บรักษาผักและผลไม้ได้นานขึ้นก่อนส่งขาย

            ผู้จัดการโครงการซึ่งเป็นผู้เชี่ยวชาญจากองค์กรระหว่างประเทศกล่าวกับผู้สื่อข่าวเป็นภาษาอังกฤษว่า

            %s

            เกษตรกรในพื้นที่กล่าวว่าห้องเย็นจะช่วยให้พวกเขาต่อรองราคากับพ่อค้าคนกลางได้ดีขึ้น และลดการทิ้งผลผลิตที่เน่าเสียในช่วงที่ราคาตกต่ำ
            """.formatted(QUOTE);

    @Test
    void quotedEnglishParagraphKeepsItsOwnLanguageThroughRendering() throws Exception {
        PipelineFixture fixture = new PipelineFixture(work);
        Files.writeString(fixture.inbox.resolve("cold-storage.md"), ARTICLE, StandardCharsets.UTF_8);

        PipelineFixture.Result result = fixture.run("build");
        assertThat(result.code()).as(result.out() + result.err()).isZero();

        Article article = new ArticleStore(fixture.content).all().get(0);
        assertThat(article.language().tag()).isEqualTo("th");
        assertThat(article.blocks()).filteredOn(b -> QUOTE.equals(b.text())).singleElement()
                .satisfies(b -> assertThat(b.lang()).isEqualTo("en"));
        assertThat(article.blocks()).filteredOn(b -> !QUOTE.equals(b.text())).allSatisfy(b -> assertThat(b.lang()).isNull());

        for (String site : new String[]{"th", "en", "zh", "vi"}) {
            Document page = Jsoup.parse(fixture.site.resolve(site + "/articles/" + article.slug() + ".html").toFile(), "UTF-8");
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(site);
            Element quote = page.getElementsContainingOwnText("cut losses by half").first();
            assertThat(quote).as(site).isNotNull();
            assertThat(effectiveLang(quote)).as(site).isEqualTo("en");
            Element thai = page.getElementsContainingOwnText("ห้องเย็นจะช่วยให้พวกเขาต่อรองราคา").first();
            assertThat(effectiveLang(thai)).as(site).isEqualTo("th");
        }
    }

    /** The language a browser applies to an element: its own lang or the nearest ancestor's. */
    private static String effectiveLang(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("lang")) {
                return e.attr("lang");
            }
        }
        return "";
    }
}
