package vn.sohoa.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import vn.sohoa.platform.problem.ProblemException;

/**
 * The archive an XLSX workbook is, checked before its sheet is parsed. Every part is unpacked once into
 * nothing, counting the bytes, so a part that claims a small size but unpacks to gigabytes is stopped at
 * the limit without being held; the archive is read through its central directory, as the workbook
 * reader reads it, so no part escapes the count.
 */
final class WorkbookArchive {

    private static final int BUFFER = 64 * 1024;

    private WorkbookArchive() {
    }

    /**
     * Whether {@code file} is a readable archive that unpacks to at most {@code maxBytes}.
     *
     * @return false when it is not a (complete) zip archive
     * @throws ProblemException 413 naming the limit when it unpacks to more
     */
    static boolean readable(byte[] file, long maxBytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream part = zip.getInputStream(entry)) {
                    for (int read = part.read(buffer); read >= 0; read = part.read(buffer)) {
                        total += read;
                        if (total > maxBytes) {
                            throw FileTooLarge.unpacked(maxBytes);
                        }
                    }
                }
            }
            return true;
        } catch (ProblemException tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException e) {
            // Not a zip, truncated, a broken part, or a part in a compression the reader does not know.
            return false;
        }
    }
}
