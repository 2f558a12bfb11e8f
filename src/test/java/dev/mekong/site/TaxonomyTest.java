package dev.mekong.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping file of {@code mekong.site.taxonomy}: what it says, and a clear error naming the line when it is wrong. */
class TaxonomyTest {

    private static final String FILE = """
            # Mekong taxonomy: one term a line, tab-separated
            category\tzh=财经\ten=Business\tvi=Kinh doanh\tth=ธุรกิจ\tth.slug=business\talso=Economy

            tag\ten=Election\tvi=Bầu cử\tzh=选举
            category\ten=Đà Nẵng news
            """;

    @Test
    void everySpellingMeansOneTermWithALabelAndSlugPerLanguage() {
        Taxonomy taxonomy = Taxonomy.parse(FILE, "terms.tsv");
        Taxonomy.Term business = taxonomy.find(Taxonomy.Kind.CATEGORY, "Kinh doanh");
        for (String spelling : List.of("财经", "Business", "business", "KINH DOANH", "ธุรกิจ", "Economy")) {
            assertThat(taxonomy.find(Taxonomy.Kind.CATEGORY, spelling)).as(spelling).isSameAs(business);
        }
        assertThat(business.label("zh")).isEqualTo("财经");
        assertThat(business.label("vi")).isEqualTo("Kinh doanh");
        assertThat(business.slug("en")).isEqualTo("business");
        assertThat(business.slug("vi")).isEqualTo("kinh-doanh");
        assertThat(business.slug("th")).as("the file's slug wins").isEqualTo("business");
        assertThat(business.slug("zh")).as("Chinese romanized (pinyin)").isEqualTo("cai-jing");
        // categories and tags are apart: Business is no tag, Election no category
        assertThat(taxonomy.find(Taxonomy.Kind.TAG, "Business")).isNull();
        assertThat(taxonomy.find(Taxonomy.Kind.CATEGORY, "Bầu cử")).isNull();
        Taxonomy.Term election = taxonomy.find(Taxonomy.Kind.TAG, "bầu cử");
        assertThat(election.slug("vi")).as("Vietnamese without diacritics").isEqualTo("bau-cu");
        assertThat(election.label("th")).as("no Thai label: the first").isEqualTo("Election");
        assertThat(election.labelLanguage("th")).isEqualTo("en");
        assertThat(taxonomy.find(Taxonomy.Kind.CATEGORY, "Đà Nẵng news").slug("en")).as("đ to d").isEqualTo("da-nang-news");
        // keys are the same in every language and never a URL segment; unmapped terms keep their segment
        assertThat(taxonomy.key(Taxonomy.Kind.CATEGORY, "财经", "cai-jing")).isEqualTo(business.key())
                .isEqualTo(taxonomy.key(Taxonomy.Kind.CATEGORY, "Business", "business")).startsWith("=");
        assertThat(taxonomy.key(Taxonomy.Kind.CATEGORY, "Sport", "sport")).isEqualTo("sport");
        assertThat(taxonomy.segments(List.of(business.key(), "markets"), "vi")).containsExactly("kinh-doanh", "markets");
        assertThat(taxonomy.order(business.key())).isLessThan(taxonomy.order("sport"));
    }

    @Test
    void aBadLineIsNamedInTheError() {
        assertThatThrownBy(() -> Taxonomy.parse("category\ten=Business\nsection\ten=Sport\n", "terms.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("taxonomy terms.tsv line 2: starts with 'section'; a line starts with category or tag, then tab-separated fields");
        assertThatThrownBy(() -> Taxonomy.parse("# c\n\ncategory\ten=Business\tvi Kinh doanh\n", "terms.tsv"))
                .hasMessage("taxonomy terms.tsv line 3: field 'vi Kinh doanh' is not NAME=VALUE (LANG=label, LANG.slug=slug or also=spelling)");
        assertThatThrownBy(() -> Taxonomy.parse("category\ten=Business\ten.slug=Biz Ness\n", "terms.tsv"))
                .hasMessage("taxonomy terms.tsv line 1: slug 'Biz Ness' is not lowercase a-z, 0-9 and single inner dashes");
        assertThatThrownBy(() -> Taxonomy.parse("category\ten=Business\ncategory\ten=Finance\talso=business\n", "terms.tsv"))
                .hasMessage("taxonomy terms.tsv line 2: 'business' already means the category of line 1");
        assertThatThrownBy(() -> Taxonomy.parse("tag\tslug=x\n", "terms.tsv"))
                .hasMessage("taxonomy terms.tsv line 1: unknown field 'slug' (LANG=label, LANG.slug=slug or also=spelling)");
        assertThatThrownBy(() -> Taxonomy.parse("tag\talso=x\n", "terms.tsv"))
                .hasMessage("taxonomy terms.tsv line 1: gives no label (LANG=label)");
        assertThatThrownBy(() -> Taxonomy.parse("tag\ten=\n", "terms.tsv"))
                .hasMessage("taxonomy terms.tsv line 1: field 'en' is empty");
        // the same spelling as a category and as a tag is fine
        assertThat(Taxonomy.parse("category\ten=Laos\ntag\ten=Laos\n", "terms.tsv").find(Taxonomy.Kind.TAG, "laos")).isNotNull();
    }

    @Test
    void theSettingNamesTheFileAndABadFileStopsTheRendererWithItsLine(@TempDir Path work) throws Exception {
        assertThat(Taxonomy.load(SiteConfig.defaults())).isSameAs(Taxonomy.EMPTY);
        Path file = Files.writeString(work.resolve("terms.tsv"), "category\ten=Business\nbad line\n");
        SiteConfig config = SiteConfig.from(java.util.Map.of(SiteConfig.KEY_TAXONOMY, file.toString()));
        assertThat(config.taxonomy()).isEqualTo(file.toString());
        assertThatThrownBy(() -> new StaticSiteRenderer(config))
                .hasMessageContaining("terms.tsv line 2: starts with 'bad line'");
        assertThatThrownBy(() -> new StaticSiteRenderer(config.withTaxonomy(work.resolve("none.tsv").toString())))
                .hasMessageContaining("cannot read the taxonomy file").hasMessageContaining("mekong.site.taxonomy");
    }

    @Test
    void anEditedMappingFileChangesTheSiteFingerprint(@TempDir Path work) throws Exception {
        Path file = Files.writeString(work.resolve("terms.tsv"), "category\ten=Business\tvi=Kinh doanh\n");
        SiteConfig config = SiteConfig.defaults().withTaxonomy(file.toString());
        String before = SiteFingerprint.of(config);
        assertThat(SiteFingerprint.of(config)).isEqualTo(before);
        assertThat(before).isNotEqualTo(SiteFingerprint.of(SiteConfig.defaults()));
        Files.writeString(file, "category\ten=Business\tvi=Kinh tế\n");
        assertThat(SiteFingerprint.of(config)).isNotEqualTo(before);
    }
}
