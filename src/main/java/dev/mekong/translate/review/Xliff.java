package dev.mekong.translate.review;

import dev.mekong.model.Article;
import dev.mekong.model.Version;
import dev.mekong.translate.ArticleText;
import dev.mekong.translate.glossary.GlossaryLoader;
import dev.mekong.translate.memory.MemoryEntry;
import dev.mekong.translate.memory.TranslationMemory;
import dev.mekong.translate.text.LanguageProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-off to human translators as XLIFF 2.1. Export lists every segment of the articles that is not
 * yet reviewed for one target language: machine translations as {@code state="translated"
 * subState="mekong:machine"} with their current target, untranslated ones as {@code state="initial"}.
 * Import stores every segment marked {@code reviewed} or {@code final} as a reviewed translation,
 * which then wins over any engine and survives rebuilds. XLIFF has one source language per document,
 * so export produces one document per source language.
 */
public final class Xliff {

    public static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String MACHINE_SUBSTATE = "mekong:machine";

    /**
     * @param applied      reviewed segments stored
     * @param skipped      segments not marked reviewed or final
     * @param emptyTargets reviewed segments whose target is missing or empty, left out
     */
    public record ImportResult(int applied, int skipped, int emptyTargets, String sourceLang, String targetLang) {
    }

    private Xliff() {
    }

    private record Segment(String articleId, String unitId, String source, String target, String engine) {
    }

    /** One XLIFF document per source language (key), empty when nothing awaits review. */
    public static Map<String, String> export(List<Article> articles, String target, TranslationMemory memory) {
        Map<String, Map<String, List<Segment>>> bySourceThenArticle = new LinkedHashMap<>();
        for (Article article : articles) {
            ArticleText text = new ArticleText(article);
            if (LanguageProfiles.primary(text.articleLang()).equals(LanguageProfiles.primary(target))) {
                continue;
            }
            Version current = article.versions().get(target);
            String preferredEngine = current == null ? null : current.engine();
            List<ArticleText.Unit> units = text.units();
            for (int i = 0; i < units.size(); i++) {
                ArticleText.Unit u = units.get(i);
                String primary = LanguageProfiles.primary(u.lang());
                if (primary.equals(LanguageProfiles.primary(target)) || primary.equals("und")
                        || u.text().codePoints().noneMatch(Character::isLetter)
                        || memory.reviewed(u.text(), u.lang(), target).isPresent()) {
                    continue;
                }
                Optional<MemoryEntry> machine = memory.anyMachine(u.text(), u.lang(), target, preferredEngine);
                bySourceThenArticle.computeIfAbsent(u.lang(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(article.id() == null ? article.slug() : article.id(), k -> new ArrayList<>())
                        .add(new Segment(article.id(), "u" + (i + 1), u.text(),
                                machine.map(MemoryEntry::target).orElse(null), machine.map(MemoryEntry::engine).orElse(null)));
            }
        }
        Map<String, String> documents = new LinkedHashMap<>();
        bySourceThenArticle.forEach((source, files) -> documents.put(source, write(source, target, files)));
        return documents;
    }

    private static String write(String source, String target, Map<String, List<Segment>> files) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("xliff");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("version", "2.1");
            x.writeAttribute("srcLang", source);
            x.writeAttribute("trgLang", target);
            for (Map.Entry<String, List<Segment>> file : files.entrySet()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("file");
                x.writeAttribute("id", "f-" + file.getKey());
                x.writeAttribute("original", file.getKey());
                for (Segment s : file.getValue()) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("unit");
                    x.writeAttribute("id", s.unitId());
                    if (s.engine() != null) {
                        x.writeCharacters("\n      ");
                        x.writeStartElement("notes");
                        x.writeStartElement("note");
                        x.writeAttribute("category", "engine");
                        x.writeCharacters(s.engine());
                        x.writeEndElement();
                        x.writeEndElement();
                    }
                    x.writeCharacters("\n      ");
                    x.writeStartElement("segment");
                    x.writeAttribute("state", s.target() == null ? "initial" : "translated");
                    if (s.target() != null) {
                        x.writeAttribute("subState", MACHINE_SUBSTATE);
                    }
                    x.writeCharacters("\n        ");
                    x.writeStartElement("source");
                    x.writeCharacters(s.source());
                    x.writeEndElement();
                    if (s.target() != null) {
                        x.writeCharacters("\n        ");
                        x.writeStartElement("target");
                        x.writeCharacters(s.target());
                        x.writeEndElement();
                    }
                    x.writeCharacters("\n      ");
                    x.writeEndElement();
                    x.writeCharacters("\n    ");
                    x.writeEndElement();
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** Stores the reviewed and final segments of {@code file} in the memory (and saves it). */
    public static ImportResult importFile(Path file, TranslationMemory memory) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = GlossaryLoader.secureFactory().newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IOException(file + ": not readable XLIFF: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"xliff".equals(root.getLocalName()) || !NS.equals(root.getNamespaceURI())) {
            throw new IOException(file + ": not an XLIFF 2 document");
        }
        String source = root.getAttribute("srcLang");
        String target = root.getAttribute("trgLang");
        if (source.isEmpty() || target.isEmpty()) {
            throw new IOException(file + ": srcLang and trgLang are required");
        }
        int applied = 0;
        int skipped = 0;
        int emptyTargets = 0;
        NodeList segments = root.getElementsByTagNameNS(NS, "segment");
        for (int i = 0; i < segments.getLength(); i++) {
            Element segment = (Element) segments.item(i);
            String state = segment.getAttribute("state");
            Element sourceElement = child(segment, "source");
            Element targetElement = child(segment, "target");
            boolean reviewed = state.equals("reviewed") || state.equals("final");
            if (!reviewed || sourceElement == null) {
                skipped++;
                continue;
            }
            if (targetElement == null || targetElement.getTextContent().isBlank()) {
                emptyTargets++;
                continue;
            }
            memory.put(MemoryEntry.reviewed(sourceElement.getTextContent(), source, target, targetElement.getTextContent()));
            applied++;
        }
        memory.sync(); // a reviewer's work: on disk before the import reports it stored
        return new ImportResult(applied, skipped, emptyTargets, source, target);
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(NS, name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }
}
