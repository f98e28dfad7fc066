package org.hyperlab.core.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Streams the wanted regular files out of a gzip-compressed tar archive (an npm package tarball) with Commons
 * Compress' {@link TarArchiveInputStream} (ustar, pax and GNU long names), under bounds that make a hostile archive
 * an {@link IOException} rather than a filled disk or a hang:
 * <ul>
 *   <li>entry names are only compared with the wanted names, never turned into paths, so none can escape anywhere;
 *   <li>every header's checksum must hold, and the archive must not end inside a header;
 *   <li>a wanted entry must be a regular file, occur once and declare exactly its expected size, and its content
 *       must deliver that many bytes (a truncated archive fails);
 *   <li>at most {@code maxUnpacked} bytes are decompressed in all, skipped entries included (a gzip bomb stops
 *       there).
 * </ul>
 */
final class PackageTarball {
    /** Receives one wanted entry's content (exactly its declared bytes). */
    @FunctionalInterface
    interface Sink {
        void accept(String name, InputStream content) throws IOException;
    }

    private PackageTarball() {
    }

    /** Hands each entry named in {@code wanted} (name to expected size) to {@code sink}, in archive order. */
    static void extract(Path archive, Map<String, Long> wanted, long maxUnpacked, Sink sink) throws IOException {
        Set<String> seen = new HashSet<>();
        try (Bounded unpacked = new Bounded(new GZIPInputStream(Files.newInputStream(archive), 1 << 16), maxUnpacked);
                TarArchiveInputStream tar = new TarArchiveInputStream(unpacked)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (!e.isCheckSumOK()) {
                    throw new IOException("corrupt tar header (bad checksum) for an entry named " + e.getName());
                }
                Long size = wanted.get(e.getName());
                if (size == null) {
                    continue;
                }
                if (!isRegularFile(e)) {
                    throw new IOException("entry " + e.getName() + " is not a regular file");
                }
                if (!seen.add(e.getName())) {
                    throw new IOException("entry " + e.getName() + " occurs twice");
                }
                if (e.getSize() != size) {
                    throw new IOException("entry " + e.getName() + " declares " + e.getSize() + " bytes, expected "
                            + size);
                }
                Bounded content = new Bounded(tar, size);
                sink.accept(e.getName(), content);
                if (content.read != size) {
                    throw new IOException("entry " + e.getName() + " ends after " + content.read + " of " + size
                            + " bytes (truncated archive)");
                }
            }
            // Commons Compress ends quietly at a partial header; whole tar records never leave a remainder
            if (unpacked.read % TarConstants.DEFAULT_RCDSIZE != 0) {
                throw new IOException("truncated archive: it ends inside a tar header");
            }
        }
    }

    /** A plain file ('0', the old NUL flag, or '7' contiguous): not a link, directory, device or FIFO. */
    private static boolean isRegularFile(TarArchiveEntry e) {
        byte flag = e.getLinkFlag();
        return flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM || flag == TarConstants.LF_CONTIG;
    }

    /** Counts what is read through it and refuses to read more than {@code limit} bytes. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = super.read(b, off, (int) Math.min(len, limit - read + 1));
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new IOException("the archive unpacks to more than " + limit + " bytes");
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
