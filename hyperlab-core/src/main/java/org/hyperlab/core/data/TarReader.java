package org.hyperlab.core.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal streaming reader of (uncompressed) tar archives: POSIX ustar headers with the name prefix field,
 * pax extended headers ({@code path} and {@code size} records) and GNU long names. Enough for the archives
 * package managers produce; it reads sequentially and never touches the file system, so entry names cannot
 * escape anywhere — callers choose where content goes.
 *
 * <p>Usage: call {@link #next()} until it returns null; after each call {@link #content()} streams the current
 * entry's bytes. A header whose checksum is wrong or an archive that ends inside an entry is an
 * {@link IOException}.
 */
public final class TarReader {
    private static final int BLOCK = 512;

    /** One archive member: its full name, its size in bytes and its type flag ('0' regular, '5' directory, ...). */
    public record Entry(String name, long size, char type) {
        public boolean isFile() { return type == '0' || type == '\0' || type == '7'; }
    }

    private final InputStream in;
    private long remaining;
    private long padding;

    /** Reads from {@code in} (already decompressed, e.g. a {@code GZIPInputStream}); does not close it. */
    public TarReader(InputStream in) {
        this.in = in;
    }

    /** Advances to the next entry (skipping what was not read of the current one), or null at the end. */
    public Entry next() throws IOException {
        String longName = null;
        Long paxSize = null;
        while (true) {
            skipRest();
            byte[] header = new byte[BLOCK];
            int n = in.readNBytes(header, 0, BLOCK);
            if (n == 0 || (n == BLOCK && isZero(header))) {
                return null;
            }
            if (n < BLOCK) {
                throw new EOFException("truncated tar archive: a header ends after " + n + " bytes");
            }
            verifyChecksum(header);
            char type = (char) header[156];
            long size = parseNumber(header, 124, 12);
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            if (type == 'x' || type == 'g' || type == 'L') {
                String text = new String(readBytes(size), StandardCharsets.UTF_8);
                if (type == 'L') {
                    longName = trimNul(text);
                } else if (type == 'x') {
                    String path = paxValue(text, "path");
                    longName = path != null ? path : longName;
                    String s = paxValue(text, "size");
                    paxSize = s != null ? Long.valueOf(s) : paxSize;
                }
                continue;
            }
            String name = longName != null ? longName : headerName(header);
            if (paxSize != null) {
                remaining = paxSize;
                padding = (BLOCK - paxSize % BLOCK) % BLOCK;
            }
            return new Entry(name, remaining, type);
        }
    }

    /** The current entry's bytes; reading past its end returns -1. */
    public InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining == 0) {
                    return -1;
                }
                int r = in.read(b, off, (int) Math.min(len, remaining));
                if (r < 0) {
                    throw new EOFException("truncated tar archive: an entry ends " + remaining + " bytes early");
                }
                remaining -= r;
                return r;
            }
        };
    }

    private byte[] readBytes(long size) throws IOException {
        if (size > (1 << 20)) {
            throw new IOException("tar extended header of " + size + " bytes is implausibly large");
        }
        byte[] b = content().readNBytes((int) size);
        if (b.length < size) {
            throw new EOFException("truncated tar archive inside an extended header");
        }
        return b;
    }

    private void skipRest() throws IOException {
        long skip = remaining + padding;
        remaining = 0;
        padding = 0;
        if (skip > 0) {
            in.skipNBytes(skip);
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static void verifyChecksum(byte[] h) throws IOException {
        long stored = parseNumber(h, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xFF);
        }
        if (sum != stored) {
            throw new IOException("corrupt tar archive: header checksum " + stored + " but the header sums to " + sum);
        }
    }

    /** An octal number (NUL/space padded), or a base-256 number when the high bit of the first byte is set. */
    private static long parseNumber(byte[] h, int off, int len) throws IOException {
        if ((h[off] & 0x80) != 0) {
            long v = h[off] & 0x7F;
            for (int i = 1; i < len; i++) {
                v = (v << 8) | (h[off + i] & 0xFF);
            }
            return v;
        }
        long v = 0;
        boolean digits = false;
        for (int i = off; i < off + len; i++) {
            int c = h[i];
            if (c == 0 || (c == ' ' && digits)) {
                break;
            }
            if (c == ' ') {
                continue;
            }
            if (c < '0' || c > '7') {
                throw new IOException("corrupt tar archive: bad octal field at header offset " + off);
            }
            v = v * 8 + (c - '0');
            digits = true;
        }
        return v;
    }

    private static String headerName(byte[] h) {
        String name = field(h, 0, 100);
        boolean ustar = "ustar".equals(field(h, 257, 5));
        String prefix = ustar ? field(h, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    private static String trimNul(String s) {
        int i = s.indexOf('\0');
        return i < 0 ? s : s.substring(0, i);
    }

    /** The value of {@code key} in pax records of the form {@code "LEN key=value\n"}. */
    private static String paxValue(String text, String key) {
        for (String record : text.split("\n")) {
            int space = record.indexOf(' ');
            int eq = record.indexOf('=');
            if (space > 0 && eq > space && record.substring(space + 1, eq).equals(key)) {
                return record.substring(eq + 1);
            }
        }
        return null;
    }
}
