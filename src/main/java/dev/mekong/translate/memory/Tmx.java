package dev.mekong.translate.memory;

import dev.mekong.translate.glossary.GlossaryLoader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * TMX 1.4b export and import of the translation memory. Our own keys travel as {@code x-mekong-*}
 * properties, so an export re-imports exactly. A translation unit from another tool (no such
 * properties) is taken as a human translation and stored as reviewed. A unit whose target is empty or
 * only spaces is left out and counted: stored, it would publish an empty paragraph as a reviewed translation.
 */
public final class Tmx {

    /** Units stored, and units left out because their target is empty. */
    public record ImportResult(int added, int emptyTargets) {
    }

    private static final String ENGINE = "x-mekong-engine";
    private static final String GLOSSARY = "x-mekong-glossary";
    private static final String STATUS = "x-mekong-status";

    private Tmx() {
    }

    public static void export(TranslationMemory memory, Writer out) throws IOException {
        List<MemoryEntry> entries = new ArrayList<>(memory.entries());
        entries.sort(MemoryEntry.FILE_ORDER);
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("tmx");
            x.writeAttribute("version", "1.4");
            x.writeCharacters("\n  ");
            x.writeEmptyElement("header");
            x.writeAttribute("creationtool", "mekong");
            x.writeAttribute("creationtoolversion", "0.1.0");
            x.writeAttribute("segtype", "paragraph");
            x.writeAttribute("o-tmf", "mekong-jsonl");
            x.writeAttribute("adminlang", "en");
            x.writeAttribute("srclang", "*all*");
            x.writeAttribute("datatype", "plaintext");
            x.writeCharacters("\n  ");
            x.writeStartElement("body");
            for (MemoryEntry e : entries) {
                if (e.isRejected()) {
                    continue; // a rejection is this project's bookkeeping, not a translation unit
                }
                x.writeCharacters("\n    ");
                x.writeStartElement("tu");
                x.writeAttribute("srclang", e.src());
                prop(x, ENGINE, e.engine());
                prop(x, GLOSSARY, e.glossary());
                prop(x, STATUS, e.status());
                tuv(x, e.src(), e.source());
                tuv(x, e.tgt(), e.target());
                x.writeCharacters("\n    ");
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write TMX: " + e.getMessage(), e);
        }
    }

    private static void prop(XMLStreamWriter x, String type, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeStartElement("prop");
        x.writeAttribute("type", type);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void tuv(XMLStreamWriter x, String lang, String text) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeStartElement("tuv");
        x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
        x.writeStartElement("seg");
        x.writeCharacters(text);
        x.writeEndElement();
        x.writeEndElement();
    }

    /** Adds every two-language unit of {@code file} with a target to the memory. */
    public static ImportResult importFile(Path file, TranslationMemory memory) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = GlossaryLoader.secureFactory().newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IOException(file + ": not readable TMX: " + e.getMessage(), e);
        }
        int added = 0;
        int emptyTargets = 0;
        NodeList units = doc.getElementsByTagName("tu");
        for (int i = 0; i < units.getLength(); i++) {
            Element tu = (Element) units.item(i);
            NodeList tuvs = tu.getElementsByTagName("tuv");
            if (tuvs.getLength() < 2) {
                continue;
            }
            Element first = (Element) tuvs.item(0);
            Element second = (Element) tuvs.item(1);
            String srcLang = tu.getAttribute("srclang");
            if (srcLang.isEmpty() || srcLang.equals("*all*")) {
                srcLang = lang(first);
            } else if (lang(second).equals(srcLang)) {
                Element swap = first;
                first = second;
                second = swap;
            }
            String source = seg(first);
            String target = seg(second);
            String engine = prop(tu, ENGINE);
            if (source == null || target == null) {
                continue;
            }
            if (target.isBlank()) {
                emptyTargets++;
                continue;
            }
            if (engine == null || MemoryEntry.REVIEWED.equals(prop(tu, STATUS))) {
                memory.put(MemoryEntry.reviewed(source, srcLang, lang(second), target));
            } else {
                String glossary = prop(tu, GLOSSARY);
                memory.put(MemoryEntry.machine(source, srcLang, lang(second), engine,
                        glossary == null ? MemoryEntry.NO_GLOSSARY : glossary, target));
            }
            added++;
        }
        memory.sync();
        return new ImportResult(added, emptyTargets);
    }

    private static String lang(Element tuv) {
        String lang = tuv.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        return lang.isEmpty() ? tuv.getAttribute("lang") : lang;
    }

    private static String seg(Element tuv) {
        NodeList segs = tuv.getElementsByTagName("seg");
        return segs.getLength() == 0 ? null : segs.item(0).getTextContent();
    }

    private static String prop(Element tu, String type) {
        NodeList props = tu.getElementsByTagName("prop");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (type.equals(p.getAttribute("type"))) {
                return p.getTextContent();
            }
        }
        return null;
    }
}
