package dev.mekong.cli;

import dev.mekong.model.Article;
import dev.mekong.pipeline.InstanceLock;
import dev.mekong.site.ArticleStore;
import dev.mekong.translate.memory.Tmx;
import dev.mekong.translate.memory.TranslationMemory;
import dev.mekong.translate.review.Xliff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Human review and memory exchange: XLIFF 2.1 out and in, TMX 1.4b out and in; compacting the memory. */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "Hand translations to reviewers (XLIFF 2.1) and exchange the translation memory (TMX 1.4b).",
        subcommands = {TranslationsCommand.Export.class, TranslationsCommand.Import.class,
                TranslationsCommand.TmxExport.class, TranslationsCommand.TmxImport.class, TranslationsCommand.Compact.class})
public class TranslationsCommand {

    static class ContentOptions {
        @Option(names = "--content", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
        Path content;

        @Option(names = "--memory", defaultValue = "translation-memory.jsonl",
                description = "Memory file, relative to the content folder (default: ${DEFAULT-VALUE}).")
        String memory;

        TranslationMemory open() {
            return TranslationMemory.open(content.resolve(memory));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write XLIFF 2.1 with the untranslated and machine-translated segments for one language.")
    static class Export implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ContentOptions options = new ContentOptions();

        @Option(names = "--lang", required = true, description = "Target site language (th, vi, en, zh …).")
        String lang;

        @Option(names = "--out", description = "Output file (default: translations-LANG.xlf). With several source "
                + "languages, -SRC is added before .xlf.")
        Path out;

        @Override
        public Integer call() throws Exception {
            // The records the build wrote, read where the store keeps them.
            List<Article> articles = new ArticleStore(options.content).all();
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("no article records in " + options.content
                        + ": run build first, or pass the build's content folder with --content");
            }
            Map<String, String> documents = Xliff.export(articles, lang, options.open());
            if (documents.isEmpty()) {
                System.out.println("Nothing awaits review for " + lang + ".");
                return ExitCode.OK;
            }
            Path base = out != null ? out : Path.of("translations-" + lang + ".xlf");
            for (Map.Entry<String, String> doc : documents.entrySet()) {
                Path file = documents.size() == 1 ? base : withSuffix(base, "-" + doc.getKey());
                Files.writeString(file, doc.getValue(), StandardCharsets.UTF_8);
                long units = doc.getValue().lines().filter(l -> l.contains("<unit ")).count();
                System.out.println(file + ": " + units + " segments " + doc.getKey() + " → " + lang);
            }
            return ExitCode.OK;
        }

        private static Path withSuffix(Path file, String suffix) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String renamed = dot < 0 ? name + suffix : name.substring(0, dot) + suffix + name.substring(dot);
            return file.resolveSibling(renamed);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Store the reviewed (or final) segments of an XLIFF 2 file as reviewed translations.")
    static class Import implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ContentOptions options = new ContentOptions();

        @Parameters(paramLabel = "FILE", description = "XLIFF 2.x file")
        Path file;

        @Override
        public Integer call() throws Exception {
            Xliff.ImportResult result = Xliff.importFile(file, options.open());
            System.out.println(file + ": " + result.applied() + " reviewed segments stored (" + result.sourceLang()
                    + " → " + result.targetLang() + "), " + result.skipped() + " not marked reviewed left out"
                    + (result.emptyTargets() > 0 ? ", " + result.emptyTargets() + " with an empty target left out" : "")
                    + ". The next build publishes them.");
            return ExitCode.OK;
        }
    }

    @Command(name = "tmx-export", mixinStandardHelpOptions = true, description = "Write the memory as TMX 1.4b.")
    static class TmxExport implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ContentOptions options = new ContentOptions();

        @Option(names = "--out", defaultValue = "translation-memory.tmx", description = "Output file (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws Exception {
            TranslationMemory memory = options.open();
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                Tmx.export(memory, writer);
            }
            System.out.println(out + ": " + memory.size() + " translation units");
            return ExitCode.OK;
        }
    }

    @Command(name = "tmx-import", mixinStandardHelpOptions = true,
            description = "Add a TMX file's units to the memory (units from other tools count as reviewed).")
    static class TmxImport implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ContentOptions options = new ContentOptions();

        @Parameters(paramLabel = "FILE", description = "TMX file")
        Path file;

        @Override
        public Integer call() throws Exception {
            Tmx.ImportResult result = Tmx.importFile(file, options.open());
            System.out.println(file + ": " + result.added() + " translation units added"
                    + (result.emptyTargets() > 0 ? ", " + result.emptyTargets() + " with an empty target left out" : ""));
            return ExitCode.OK;
        }
    }

    @Command(name = "compact", mixinStandardHelpOptions = true,
            description = "Rewrite the memory file sorted, without superseded lines, under the content folder's lock. "
                    + "A build does it when the journal has grown and it translated something; with "
                    + "mekong.transport=jms nobody does (stop the workers first).")
    static class Compact implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ContentOptions options = new ContentOptions();

        @Override
        public Integer call() throws Exception {
            Path file = options.content.resolve(options.memory);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no translation memory at " + file
                        + ": pass the build's content folder with --content");
            }
            InstanceLock lock = InstanceLock.acquire(options.content); // a build or watch appending would lose lines
            try {
                long before = Files.size(file);
                TranslationMemory memory = options.open();
                memory.compact();
                System.out.println(file + ": " + memory.size() + " segments, " + before + " → " + Files.size(file) + " bytes");
                return ExitCode.OK;
            } finally {
                lock.stop();
            }
        }
    }
}
