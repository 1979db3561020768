package org.yiwang.kernel.enterprises.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Finds the parts of an .xlsx package that an import needs, and reads its shared strings. */
record XlsxParts(String firstSheet, String sharedStrings) {

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Refuses workbooks whose shared strings would not fit a sane heap (a zip bomb, or not an import). */
    private static final long MAX_SHARED_CHARS = 200_000_000L;
    private static final XMLInputFactory XML = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    static XMLStreamReader xml(InputStream in) throws IOException {
        try {
            return XML.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new IOException("Not an XML part: " + e.getMessage(), e);
        }
    }

    static XlsxParts locate(ZipFile zip) throws IOException {
        String sheetRel = null;
        try (InputStream in = open(zip, "xl/workbook.xml")) {
            XMLStreamReader r = xml(in);
            while (sheetRel == null && r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(r.getLocalName())) {
                    sheetRel = r.getAttributeValue(REL_NS, "id");
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("xl/workbook.xml is not readable: " + e.getMessage(), e);
        }
        if (sheetRel == null) {
            throw new IOException("The workbook has no worksheet");
        }
        String sheet = null;
        String strings = null;
        try (InputStream in = open(zip, "xl/_rels/workbook.xml.rels")) {
            XMLStreamReader r = xml(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                    String target = r.getAttributeValue(null, "Target");
                    String type = r.getAttributeValue(null, "Type");
                    if (sheetRel.equals(r.getAttributeValue(null, "Id"))) {
                        sheet = resolve(target);
                    } else if (type != null && type.endsWith("/sharedStrings")) {
                        strings = resolve(target);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("xl/_rels/workbook.xml.rels is not readable: " + e.getMessage(), e);
        }
        if (sheet == null) {
            throw new IOException("The workbook's first sheet has no part");
        }
        return new XlsxParts(sheet, strings);
    }

    private static String resolve(String target) {
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static InputStream open(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new IOException("Not an .xlsx workbook: " + name + " is missing");
        }
        return zip.getInputStream(e);
    }

    /** The shared-string table: each {@code si} as its text runs joined (phonetic runs left out). */
    static List<String> sharedStrings(ZipFile zip, String part) throws IOException {
        List<String> out = new ArrayList<>();
        long chars = 0;
        try (InputStream in = open(zip, part)) {
            XMLStreamReader r = xml(in);
            StringBuilder current = null;
            boolean inT = false;
            int phonetic = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> current = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> inT = phonetic == 0;
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> {
                            chars += current.length();
                            if (chars > MAX_SHARED_CHARS) {
                                throw new IOException("The workbook's shared strings are too large for an import");
                            }
                            out.add(current.toString());
                            current = null;
                        }
                        case "rPh" -> phonetic--;
                        case "t" -> inT = false;
                        default -> { }
                    }
                } else if (inT && current != null
                        && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
                    current.append(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(part + " is not readable: " + e.getMessage(), e);
        }
        return out;
    }
}
