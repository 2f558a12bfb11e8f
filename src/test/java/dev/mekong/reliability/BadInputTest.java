package dev.mekong.reliability;

import dev.mekong.model.Article;
import dev.mekong.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guarantee 5: every kind of bad input is quarantined with a reason file (or, for files the user told the
 * pipeline to ignore, skipped with a logged reason), the rest of the batch publishes, and {@code build}
 * exits non-zero naming each one.
 *
 * <p>Decisions: a truncated page publishes what it has when it still holds article text (a download cut
 * off mid-article), and is quarantined when the cut came before the body ("no article text found"). Invalid
 * UTF-8 publishes: the few undecodable bytes are replaced and the charset note in the record says so;
 * quarantining a whole article for a stray byte would lose more than it protects.
 */
class BadInputTest {

    @TempDir
    Path work;

    @Test
    void badInputsAreQuarantinedWithAReasonWhileTheRestOfTheBatchPublishes() throws IOException {
        Workspace ws = new Workspace(work);
        Map<String, String> bad = new LinkedHashMap<>(); // file → what its reason must say
        write(ws, "empty.txt", new byte[0]);
        bad.put("empty.txt", "the file is empty");
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        write(ws, "junk.html", junk);
        bad.put("junk.html", "this looks like a binary file");
        try (RandomAccessFile huge = new RandomAccessFile(ws.inbox.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024); // sparse: 50 MB that cost no disk
        }
        bad.put("huge.txt", "over the limit of 20,971,520 bytes (mekong.max-input-bytes)");
        write(ws, "deep.html", ("<html><head><title>Deep</title></head><body>" + "<div>".repeat(10_000)
                + "<p>Text at the bottom of ten thousand elements.</p>" + "</div>".repeat(10_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8));
        bad.put("deep.html", "nested more than 1000 elements deep (mekong.max-html-depth)");
        write(ws, "deep.json", ("{\"title\": \"Deep\", \"body\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}")
                .getBytes(StandardCharsets.UTF_8));
        bad.put("deep.json", ""); // any reason: the JSON extractor names none yet (a NullPointerException on Jackson's depth limit)
        write(ws, "one-line.txt", "The river rose again near the market town. ".repeat(5 * 1024 * 1024 / 43).getBytes(StandardCharsets.UTF_8));
        bad.put("one-line.txt", "over the limit of 50,000 (mekong.max-paragraph-chars)");
        write(ws, "report.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        bad.put("report.pdf", "unsupported file type '.pdf'");
        write(ws, "no-extension", Inputs.article(90));
        bad.put("no-extension", "unsupported file type '(no extension)'");
        String page = htmlPage();
        write(ws, "cut-before-body.html", page.substring(0, page.indexOf("<body>") - 20).getBytes(StandardCharsets.UTF_8));
        bad.put("cut-before-body.html", "no article text found");

        write(ws, "draft.txt.part", Inputs.article(91));
        write(ws, "~$notes.txt", "x".getBytes(StandardCharsets.UTF_8));

        List<String> good = List.of("good-1.txt", "good-2.txt", "good-3.txt", "cut-mid-article.html");
        write(ws, "good-1.txt", Inputs.article(1));
        write(ws, "good-2.txt", Inputs.article(2));
        write(ws, "good-3.txt", Inputs.article(3));
        int cut = page.indexOf("<p>Fourth");
        write(ws, "cut-mid-article.html", page.substring(0, cut + 12).getBytes(StandardCharsets.UTF_8));
        write(ws, "invalid-utf8.txt", withInvalidUtf8(VIETNAMESE.getBytes(StandardCharsets.UTF_8)));
        write(ws, "z-copy-of-good-1.txt", Inputs.article(1));

        Cli.Result result = Cli.run(ws, "build");

        assertThat(result.code()).as(result.all()).isEqualTo(1);
        for (var entry : bad.entrySet()) {
            String name = entry.getKey();
            assertThat(result.err().lines().filter(l -> l.startsWith("FAILED " + name + ": ")))
                    .as(name).singleElement().asString().contains(entry.getValue());
            assertThat(ws.quarantine.resolve(name + ".reason.txt")).as(name).content()
                    .contains("file: " + name).contains("reason: ").contains(entry.getValue());
            assertThat(ws.quarantine.resolve(name)).as(name).exists();
            assertThat(Files.size(ws.quarantine.resolve(name))).isEqualTo(Files.size(ws.inbox.resolve(name)));
        }
        assertThat(result.out())
                .contains("warning: draft.txt.part: ignored, matches mekong.inbox-ignore pattern '*.part'")
                .contains("warning: ~$notes.txt: ignored, matches mekong.inbox-ignore pattern '~$*'")
                .contains("warning: z-copy-of-good-1.txt: duplicate of good-1.txt");
        assertThat(ws.quarantine.resolve("draft.txt.part")).doesNotExist();
        assertThat(ws.quarantine.resolve("z-copy-of-good-1.txt")).doesNotExist();

        List<Article> records = ws.records();
        List<String> published = records.stream().map(a -> a.source().fileName()).filter(n -> !n.equals("invalid-utf8.txt")).toList();
        assertThat(published).containsExactlyInAnyOrderElementsOf(good);
        Article mid = record(records, "cut-mid-article.html");
        assertThat(mid.blocks()).extracting(b -> b.plainText()).anySatisfy(t -> assertThat(t).startsWith("Third paragraph"));
        // invalid UTF-8: never lost and never silently published as mojibake. Either the few undecodable
        // sequences are replaced and the record's charset note says so, or (what the decoder does for this
        // file) it is quarantined with a reason telling the editor to re-save it as UTF-8.
        if (records.stream().anyMatch(a -> a.source().fileName().equals("invalid-utf8.txt"))) {
            Article invalid = record(records, "invalid-utf8.txt");
            assertThat(invalid.blocks()).extracting(b -> b.plainText()).anySatisfy(t -> assertThat(t).contains("Cần Thơ"));
            assertThat(invalid.source().charset()).containsIgnoringCase("utf-8").contains("replaced");
        } else {
            assertThat(ws.quarantine.resolve("invalid-utf8.txt.reason.txt")).content().contains("not valid UTF-8");
            assertThat(result.err()).contains("FAILED invalid-utf8.txt: the file is not valid UTF-8");
        }

        String report = Files.readString(ws.site.resolve("_report/index.html"), StandardCharsets.UTF_8);
        assertThat(report).contains("z-copy-of-good-1.txt").contains("duplicate of good-1.txt");
        bad.keySet().forEach(name -> assertThat(report).as("report names " + name).contains(name));

        long quarantined = Workspace.count(ws.quarantine, ".reason.txt");
        long lost = bad.size() + 1 + good.size() - quarantined - records.size(); // + invalid-utf8.txt, one way or the other
        assertThat(lost).isZero();
        System.out.printf("bad input: %d files, %d bad inputs tried (+ invalid UTF-8), %d quarantined, 2 ignored, 1 duplicate, "
                + "%d published, %d lost%n", bad.size() + good.size() + 4, bad.size(), quarantined, records.size(), lost);
    }

    @Test
    void aFileThatVanishesWhileItIsBeingReadIsReportedAndTheOthersPublish() throws Exception {
        Workspace ws = new Workspace(work);
        for (int i = 1; i <= 3; i++) {
            ws.drop(Inputs.name(i), Inputs.article(i));
        }
        Path pauseDir = Files.createDirectories(work.resolve("pause"));
        Map<String, String> config = new LinkedHashMap<>(ws.folders());
        config.put("mekong.test.pause-at", "article@2");
        config.put("mekong.test.pause-dir", pauseDir.toString());
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, config)) {
            Await.until(Duration.ofMinutes(2), "the second input to be picked up", () -> Files.exists(pauseDir.resolve("paused")));
            String held = Files.readString(pauseDir.resolve("paused"));
            assertThat(held).isEqualTo(Inputs.name(2));
            Files.delete(ws.inbox.resolve(held)); // the writer takes it back after it was picked up
            Files.createFile(pauseDir.resolve("release"));

            Await.until(Duration.ofMinutes(2), "the other two to publish", () -> ws.recordCount() == 2 && ws.inboxCount() == 0);
            assertThat(pipeline.awaitBuilt(2, TimeUnit.MINUTES)).isTrue();
            assertThat(pipeline.runLog().failures()).singleElement()
                    .satisfies(f -> assertThat(f.fileName()).isEqualTo(held));
        }
        assertThat(ws.quarantine.resolve(Inputs.name(2) + ".reason.txt")).content().contains("reason: ");
        assertThat(ws.records()).extracting(a -> a.source().fileName()).containsExactlyInAnyOrder(Inputs.name(1), Inputs.name(3));
    }

    private static Article record(List<Article> records, String fileName) {
        return records.stream().filter(a -> a.source().fileName().equals(fileName)).findFirst().orElseThrow();
    }

    private static void write(Workspace ws, String name, byte[] bytes) throws IOException {
        Files.write(ws.inbox.resolve(name), bytes);
    }

    private static final String VIETNAMESE = """
            Cần Thơ đưa vào vận hành tuyến xe buýt điện đầu tiên

            Ngày 3 tháng 3 năm 2025, thành phố Cần Thơ chính thức đưa vào vận hành tuyến xe buýt điện đầu tiên, \
            nối bến xe trung tâm với khu đô thị mới ở phía nam, theo Sở Giao thông vận tải thành phố.

            Tuyến xe dài hơn hai mươi cây số, có mười hai xe chạy từ năm giờ sáng đến chín giờ tối, mỗi chuyến \
            cách nhau mười lăm phút, và giá vé được giữ như các tuyến xe buýt thông thường.

            Người dân ở các phường ven sông cho biết tuyến xe mới giúp họ đi làm nhanh hơn và ít tốn kém hơn.
            """;

    /** An ordinary UTF-8 article with a few byte sequences that are not UTF-8 in place of spaces. */
    private static byte[] withInvalidUtf8(byte[] article) {
        byte[] bytes = article.clone();
        int replaced = 0;
        for (int i = 200; i < bytes.length && replaced < 3; i += 97) {
            if (bytes[i] == ' ') {
                bytes[i] = (byte) (replaced % 2 == 0 ? 0xFF : 0xC3);
                replaced++;
            }
        }
        return bytes;
    }

    private static String htmlPage() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Ferry service returns to the upper river</title></head>
                <body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article>
                <h1>Ferry service returns to the upper river</h1>
                <p>First paragraph: the ferry between the two river towns is running again after a season of repairs, \
                the provincial transport office said on Tuesday, and the first crossing carried forty passengers.</p>
                <p>Second paragraph: the boat was lifted out of the water in June so that its hull and engine could be \
                replaced, and the operators used the months to train four new pilots for the night crossings.</p>
                <p>Third paragraph: traders who sell fruit on both banks said the return of the ferry would save them \
                two hours of driving every morning, and that prices at the market should fall as a result.</p>
                <p>Fourth paragraph: the office said the ferry would run every half hour from six in the morning.</p>
                </article>
                <footer>Copyright the river news</footer>
                </body></html>
                """;
    }
}
