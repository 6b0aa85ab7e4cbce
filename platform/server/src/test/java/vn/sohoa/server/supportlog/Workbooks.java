package vn.sohoa.server.supportlog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-made XLSX archives: a zip bomb, and workbooks missing a part or holding broken XML. */
final class Workbooks {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>""";
    private static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>""";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    private Workbooks() {
    }

    /**
     * A workbook of about a megabyte whose sheet unpacks to {@code unpackedBytes}: the same empty-text row
     * over and over, which deflate squeezes a thousand to one.
     */
    static byte[] zipBomb(long unpackedBytes) {
        return archive(true, out -> {
            out.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
            byte[] rows = new byte[1024 * 1024];
            byte[] row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + row.length <= rows.length; i += row.length) {
                System.arraycopy(row, 0, rows, i, row.length);
            }
            int filled = rows.length - rows.length % row.length;
            for (long written = 0; written < unpackedBytes; written += filled) {
                out.write(rows, 0, filled);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A workbook whose workbook part names a sheet the archive does not hold. */
    static byte[] withoutSheet() {
        return archive(false, null);
    }

    /** A workbook whose sheet is not well-formed XML. */
    static byte[] withBrokenSheet() {
        return archive(true, out -> out.write((SHEET_START + "<row><c t=\"inlineStr\"><is><t>occurredAt</t></is></c>"
                + "</row><row><c t=\"inlineStr\"><is><t>2026-01-01</t></c></sheetData>").getBytes(StandardCharsets.UTF_8)));
    }

    /** The first {@code bytes} of a file, as a broken download would leave it. */
    static byte[] truncated(byte[] file, int bytes) {
        return Arrays.copyOf(file, bytes);
    }

    private interface Sheet {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] archive(boolean withSheet, Sheet sheet) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", ROOT_RELS);
            part(zip, "xl/workbook.xml", WORKBOOK);
            part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            if (withSheet) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                sheet.writeTo(zip);
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
