package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.PublishResult;
import dev.mekong.site.SiteBuild;
import dev.mekong.site.SiteConfig;
import dev.mekong.site.StaticSiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts are never rendered; an embargoed article is rendered once the clock passes its date, without a new input. */
class PublicationScheduleTest {

    @TempDir
    Path work;

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final List<List<String>> rendered = new ArrayList<>();
    private final RunLog log = new RunLog();

    private static Article article(String name, String published, boolean draft) {
        return Article.extracted(new Source(name, name, "md", "UTF-8", 1),
                new Metadata(name, published, null, null, null, null, null, null, List.of(), draft, null),
                List.of(Block.paragraph("The ferry ran again.")), List.of());
    }

    private SiteUpdater updater(ArticleStore store, Clock clock) {
        return new SiteUpdater(store, (SiteBuild build, Path siteDir) -> {
            rendered.add(build.articles().stream().map(a -> a.source().fileName()).sorted().toList());
            return new PublishResult(0, 0, 0, siteDir);
        }, work.resolve("site"), log, List::of, SiteState.of(work.resolve("content"), work.resolve("site"), Map.of()), clock);
    }

    @Test
    void anEmbargoedArticleIsRenderedOnceItsTimeHasComeWithoutANewInput() {
        ArticleStore store = new ArticleStore(work.resolve("content"));
        store.save(article("due.md", "2026-12-05T09:00:00+07:00", false));
        store.save(article("later.md", "2026-12-06T08:00:00+07:00", false));
        store.save(article("last.md", "2026-12-07T08:00:00+07:00", false));
        MovableClock clock = new MovableClock(Instant.parse("2026-12-05T02:00:00Z"));
        SiteUpdater updater = updater(store, clock);

        updater.renderIfChanged();
        assertThat(rendered).containsExactly(List.of("due.md"));
        assertThat(log.warnings()).containsExactly(
                "2 articles embargoed until 2026-12-06T08:00:00+07:00 (the last until 2026-12-07T08:00:00+07:00)");

        updater.renderIfChanged();
        assertThat(rendered).as("nothing changed, no embargo ended").hasSize(1);

        clock.now = Instant.parse("2026-12-06T01:00:00Z");
        updater.renderIfChanged();
        assertThat(rendered).last().isEqualTo(List.of("due.md", "later.md"));
        assertThat(log.warnings()).last().isEqualTo("1 article embargoed until 2026-12-07T08:00:00+07:00");

        clock.now = Instant.parse("2026-12-07T01:00:00Z");
        updater.renderIfChanged();
        assertThat(rendered).hasSize(3).last().isEqualTo(List.of("due.md", "last.md", "later.md"));
    }

    @Test
    void aDraftIsNeverRenderedUntilItIsNoLongerADraft() {
        ArticleStore store = new ArticleStore(work.resolve("content"));
        store.save(article("draft.md", "2020-01-01T08:00:00+07:00", true));
        store.save(article("open.md", null, false));
        SiteUpdater updater = updater(store, new MovableClock(Instant.parse("2026-12-05T02:00:00Z")));

        updater.renderIfChanged();
        assertThat(rendered).containsExactly(List.of("open.md"));
        assertThat(store.all()).hasSize(2);

        updater.stored(store.save(article("draft.md", "2020-01-01T08:00:00+07:00", false)), "draft.md");
        updater.renderIfChanged();
        assertThat(rendered).last().isEqualTo(List.of("draft.md", "open.md"));
    }

    @Test
    void aStartFindsTheSiteOutOfDateOnceAnEmbargoHasEndedThoughNoRecordChanged() throws IOException {
        ArticleStore store = new ArticleStore(work.resolve("content"));
        store.save(article("open.md", "2026-12-01T08:00:00+07:00", false));
        Article first = store.save(article("first.md", "2026-12-06T08:00:00+07:00", false));
        Article second = store.save(article("second.md", "2026-12-07T08:00:00+07:00", false));
        Path site = work.resolve("site");
        Path firstPage = site.resolve("en/articles/" + first.slug() + ".html");
        Path secondPage = site.resolve("en/articles/" + second.slug() + ".html");

        SiteUpdater build = realUpdater(store, new MovableClock(Instant.parse("2026-12-05T00:00:00Z")), new RunLog());
        build.renderIfChanged();
        assertThat(build.lastPublish()).isNotNull();
        assertThat(site.resolve("en/articles")).isDirectory();
        assertThat(firstPage).doesNotExist();

        // nothing changed, no embargo ended: the site is up to date, and the run still says what is held back
        RunLog log = new RunLog();
        SiteUpdater unchanged = realUpdater(store, new MovableClock(Instant.parse("2026-12-05T01:00:00Z")), log);
        unchanged.renderIfChanged();
        assertThat(unchanged.lastPublish()).as("not rendered").isNull();
        assertThat(log.warnings()).containsExactly(
                "2 articles embargoed until 2026-12-06T08:00:00+07:00 (the last until 2026-12-07T08:00:00+07:00)");

        // no record changed, but the first embargo ended: a build renders
        SiteUpdater due = realUpdater(store, new MovableClock(Instant.parse("2026-12-06T02:00:00Z")), new RunLog());
        due.renderIfChanged();
        assertThat(due.lastPublish()).as("rendered").isNotNull();
        assertThat(firstPage).exists();
        assertThat(secondPage).doesNotExist();

        // a watch started while the site is up to date publishes the second when it is due
        MovableClock clock = new MovableClock(Instant.parse("2026-12-06T03:00:00Z"));
        SiteUpdater watch = realUpdater(store, clock, new RunLog());
        watch.renderIfChanged();
        assertThat(watch.renderCount()).as("up to date at the start").isZero();
        clock.now = Instant.parse("2026-12-07T01:00:00Z");
        watch.renderIfChanged();
        assertThat(watch.renderCount()).isEqualTo(1);
        assertThat(secondPage).exists();
    }

    private SiteUpdater realUpdater(ArticleStore store, Clock clock, RunLog runLog) {
        return new SiteUpdater(store, new StaticSiteRenderer(SiteConfig.defaults()), work.resolve("site"), runLog, List::of,
                SiteState.of(work.resolve("content"), work.resolve("site"), Map.of()), clock);
    }
}
