package vn.sohoa.server.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableWriter;

/** Files of each kind, as their first bytes and parts make them, with content of a chosen size. */
final class Samples {

    private Samples() {
    }

    /** A PDF of exactly {@code size} bytes: its signature, then random bytes (which compress poorly, as a scan). */
    static byte[] pdf(int size) {
        return withHead("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size);
    }

    static byte[] png(int size) {
        return withHead(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, size);
    }

    static byte[] jpeg(int size) {
        return withHead(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, size);
    }

    /** A Word document's archive: the content-types part, the package relations, the document. */
    static byte[] docx() {
        return archive("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    /** An Excel workbook as the support-log export writes it (fastexcel, parts streamed with data descriptors). */
    static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.of(TableFormat.XLSX, out, "Minh chứng", List.of("Chỉ số", "Giá trị"))) {
            table.row(List.of("Tỷ lệ hồ sơ trực tuyến", 87));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A zip archive that is no Office document. */
    static byte[] plainZip() {
        return archive("readme.txt", "photos/a.txt");
    }

    /**
     * A workbook whose first part unpacks to {@code unpacked} bytes of zeros (a few hundred kilobytes packed)
     * before the part that says it is a workbook.
     */
    static byte[] zipBomb(long unpacked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < unpacked; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] archive(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String part : parts) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write(("<part name=\"" + part + "\"/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] withHead(byte[] head, int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }
}
