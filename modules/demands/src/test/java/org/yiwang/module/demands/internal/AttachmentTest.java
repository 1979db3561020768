package org.yiwang.module.demands.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yiwang.module.demands.internal.Harness.problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.files.ContentTypes;

/** Attachments: type by content, size limit, access. */
class AttachmentTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private Attachment add(org.yiwang.kernel.api.security.Caller caller, long id, String name, byte[] content)
            throws IOException {
        return h.attachments.add(caller, id, name, new ByteArrayInputStream(content));
    }

    @Test
    void recognisesTheAcceptedTypesByContent() throws IOException {
        assertEquals(ContentTypes.PDF, ContentTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
        assertEquals(ContentTypes.PNG, ContentTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})
                .orElseThrow());
        assertEquals(ContentTypes.JPEG, ContentTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})
                .orElseThrow());
        assertEquals(ContentTypes.DOCX, ContentTypes.detect(zip("[Content_Types].xml", "word/document.xml")).orElseThrow());
        assertEquals(ContentTypes.XLSX, ContentTypes.detect(zip("[Content_Types].xml", "xl/workbook.xml")).orElseThrow());
        assertEquals(true, ContentTypes.detect(zip("readme.txt")).isEmpty(), "a plain zip");
        assertEquals(true, ContentTypes.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
    }

    @Test
    void uploadListAndDownload() throws IOException {
        Demand d = h.submit();
        byte[] pdf = "%PDF-1.4 合同".getBytes(StandardCharsets.UTF_8);
        Attachment a = add(h.enterprise, d.id(), "合同.pdf", pdf);
        assertEquals(ContentTypes.PDF, a.contentType());
        assertEquals(pdf.length, a.size());
        Attachment x = add(h.gulouStaff, d.id(), "台账.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"));
        assertEquals(ContentTypes.XLSX, x.contentType());
        assertEquals(List.of(a.id(), x.id()), h.attachments.list(h.enterprise, d.id()).stream().map(Attachment::id).toList());
        assertArrayEquals(pdf, h.attachments.content(h.gulouStaff, d.id(), a.id()).bytes());
        problem(404, () -> h.attachments.content(h.otherEnterprise, d.id(), a.id()));
        problem(404, () -> h.attachments.content(h.enterprise, d.id(), 999));
        problem(404, () -> add(h.otherEnterprise, d.id(), "x.pdf", pdf));
        problem(404, () -> add(h.taijiangStaff, d.id(), "x.pdf", pdf));
    }

    @Test
    void wrongTypeAndOversizeAreRefused() throws IOException {
        Demand d = h.submit();
        var e = problem(415, () -> add(h.enterprise, d.id(), "invoice.pdf", "just text".getBytes(StandardCharsets.UTF_8)));
        assertEquals("urn:yiwang:problem:demands-attachment-type", e.type().uri());
        problem(415, () -> add(h.enterprise, d.id(), "report.docx", zip("readme.txt")));
        byte[] big = new byte[AttachmentService.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        problem(413, () -> add(h.enterprise, d.id(), "big.pdf", big));
        byte[] max = java.util.Arrays.copyOf(big, AttachmentService.MAX_BYTES);
        assertEquals(AttachmentService.MAX_BYTES, add(h.enterprise, d.id(), "max.pdf", max).size());
        assertEquals(List.of("name:required", "content:required"),
                Harness.fields(problem(400, () -> add(h.enterprise, d.id(), " ", new byte[0]))));
        assertEquals(List.of("name:pattern"),
                Harness.fields(problem(400, () -> add(h.enterprise, d.id(), "../x.pdf", max))));
        assertEquals(1, h.attachments.list(h.enterprise, d.id()).size());
        Demand closed = h.to(Status.CLOSED);
        problem(409, () -> add(h.gulouStaff, closed.id(), "late.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    }
}
