package dev.mekong.translate.glossary;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads glossaries: CSV ({@code source_lang,target_lang,source,target}; a header line is optional;
 * {@code *} for any language; an empty target means do not translate; RFC 4180 quoting) and TBX
 * (TBX-Basic 2008 {@code termEntry/langSet/tig/term} and TBX v3 {@code conceptEntry/langSec/termSec/term}:
 * every ordered pair of languages in a concept becomes an entry).
 */
public final class GlossaryLoader {

    private GlossaryLoader() {
    }

    /** Loads every file (by extension: .tbx or .xml is TBX, anything else CSV) into one glossary. */
    public static Glossary load(List<Path> files) throws IOException {
        List<Glossary.Entry> entries = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            entries.addAll(name.endsWith(".tbx") || name.endsWith(".xml") ? readTbx(file) : readCsv(file));
        }
        return new Glossary(entries);
    }

    public static List<Glossary.Entry> readCsv(Path file) throws IOException {
        List<Glossary.Entry> entries = new ArrayList<>();
        List<List<String>> rows = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank() || !row.isEmpty() && row.get(0).startsWith("#")) {
                continue;
            }
            if (i == 0 && row.get(0).strip().equalsIgnoreCase("source_lang")) {
                continue;
            }
            if (row.size() < 3) {
                throw new IOException(file + " line " + (i + 1) + ": expected source_lang,target_lang,source[,target]");
            }
            String target = row.size() > 3 ? row.get(3).strip() : "";
            entries.add(new Glossary.Entry(row.get(0).strip(), row.get(1).strip(), new Term(row.get(2).strip(), target)));
        }
        return entries;
    }

    /** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    public static List<Glossary.Entry> readTbx(Path file) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = secureFactory().newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IOException(file + ": not readable TBX: " + e.getMessage(), e);
        }
        List<Glossary.Entry> entries = new ArrayList<>();
        List<Element> concepts = new ArrayList<>();
        concepts.addAll(elements(doc.getElementsByTagNameNS("*", "termEntry")));
        concepts.addAll(elements(doc.getElementsByTagNameNS("*", "conceptEntry")));
        for (Element concept : concepts) {
            List<String[]> languages = new ArrayList<>();
            List<Element> sections = new ArrayList<>(elements(concept.getElementsByTagNameNS("*", "langSet")));
            sections.addAll(elements(concept.getElementsByTagNameNS("*", "langSec")));
            for (Element section : sections) {
                String lang = section.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
                NodeList terms = section.getElementsByTagNameNS("*", "term");
                if (!lang.isEmpty() && terms.getLength() > 0 && !terms.item(0).getTextContent().isBlank()) {
                    languages.add(new String[]{lang, terms.item(0).getTextContent().strip()});
                }
            }
            for (String[] from : languages) {
                for (String[] to : languages) {
                    if (from != to) {
                        entries.add(new Glossary.Entry(from[0], to[0], new Term(from[1], to[1])));
                    }
                }
            }
        }
        return entries;
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /**
     * Namespace-aware; a DOCTYPE is tolerated (TBX files often name their DTD) but nothing external is
     * ever loaded.
     */
    public static DocumentBuilderFactory secureFactory() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
