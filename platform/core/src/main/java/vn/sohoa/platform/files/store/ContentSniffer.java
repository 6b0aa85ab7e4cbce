package vn.sohoa.platform.files.store;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import vn.sohoa.platform.files.FileTooLarge;
import vn.sohoa.platform.problem.ProblemException;

/**
 * What a file is, read from its content as it streams in: PDF, JPEG and PNG from their first bytes; XLSX and
 * DOCX, which are both zip archives, from the first part under {@code xl/} or {@code word/}. The archive is
 * read part by part from its start, so nothing of it is held; the parts before the telling one are unpacked
 * into nothing and counted, so a part that unpacks to gigabytes (a "zip bomb") stops at the limit, as
 * {@code WorkbookArchive} stops it for imports.
 */
final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int HEAD = 8;
    private static final int BUFFER = 64 * 1024;

    private ContentSniffer() {
    }

    /**
     * Reads as much of {@code content} as it takes to tell its kind.
     *
     * @return empty when the content is none of {@link FileKind} (or is empty)
     * @throws ProblemException 413 when the parts of an archive unpack to more than {@code maxUnpacked}
     *                          before one tells what it is
     */
    static Optional<FileKind> kindOf(InputStream content, long maxUnpacked) throws IOException {
        byte[] head = content.readNBytes(HEAD);
        if (startsWith(head, PDF)) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(head, ZIP)) {
            return officeDocument(new SequenceInputStream(new ByteArrayInputStream(head), content), maxUnpacked);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> officeDocument(InputStream archive, long maxUnpacked) {
        // Closing the zip reader frees its inflater; the upload itself must stay open for the rest of it.
        InputStream unclosed = new FilterInputStream(archive) {
            @Override
            public void close() {
            }
        };
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(unclosed)) {
            byte[] buffer = new byte[BUFFER];
            long unpacked = 0;
            for (ZipArchiveEntry part = zip.getNextEntry(); part != null; part = zip.getNextEntry()) {
                if (part.getName().startsWith("xl/")) {
                    return Optional.of(FileKind.XLSX);
                }
                if (part.getName().startsWith("word/")) {
                    return Optional.of(FileKind.DOCX);
                }
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > maxUnpacked) {
                        throw FileTooLarge.uploadUnpacked(maxUnpacked);
                    }
                }
            }
            return Optional.empty();
        } catch (ProblemException tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException e) {
            // Not a zip after all, truncated, encrypted, or a part in a compression the reader does not know.
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
