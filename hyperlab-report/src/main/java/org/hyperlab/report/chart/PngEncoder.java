package org.hyperlab.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNG bytes of an opaque {@link BufferedImage#TYPE_INT_RGB} image: 8-bit truecolor, no interlacing, every row with
 * filter type 0 (None), deflated at level 4, IDAT chunks of 32,768 bytes, and no ancillary chunks. That is exactly
 * what the JDK's ImageIO PNG writer produces for such an image (same bytes; {@code PngEncoderTest} compares the
 * two), without ImageIO's plug-in registry and its per-sample copying, which cost ~0.1 s in a short command.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IDAT_LENGTH = 32_768;
    private static final int DEFLATE_LEVEL = 4;

    private PngEncoder() {
    }

    /** The PNG file of {@code image}, which must be of type {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected a TYPE_INT_RGB image, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] scanlines = scanlines(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream(scanlines.length / 16 + 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // color type: truecolor (compression, filter and interlace methods: 0)
        chunk(out, "IHDR", header, header.length);
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try {
            deflater.setInput(scanlines);
            deflater.finish();
            byte[] data = new byte[IDAT_LENGTH];
            int filled = 0;
            while (!deflater.finished()) {
                filled += deflater.deflate(data, filled, data.length - filled);
                if (filled == data.length) {
                    chunk(out, "IDAT", data, filled);
                    filled = 0;
                }
            }
            if (filled > 0) {
                chunk(out, "IDAT", data, filled);
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    /** Rows of {@code 0, R, G, B, R, G, B, ...}: the filter-type byte 0 (None) then the samples. */
    private static byte[] scanlines(int[] pixels, int width, int height) {
        byte[] rows = new byte[height * (1 + 3 * width)];
        int o = 0;
        for (int y = 0; y < height; y++) {
            rows[o++] = 0;
            for (int i = y * width, end = i + width; i < end; i++) {
                int rgb = pixels[i];
                rows[o++] = (byte) (rgb >> 16);
                rows[o++] = (byte) (rgb >> 8);
                rows[o++] = (byte) rgb;
            }
        }
        return rows;
    }

    /** Length, type, data and the CRC-32 of type and data. */
    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        for (int i = 0; i < 4; i++) {
            head[4 + i] = (byte) type.charAt(i);
        }
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.writeBytes(head);
        out.write(data, 0, length);
        out.writeBytes(tail);
    }

    private static void putInt(byte[] b, int offset, int value) {
        b[offset] = (byte) (value >>> 24);
        b[offset + 1] = (byte) (value >>> 16);
        b[offset + 2] = (byte) (value >>> 8);
        b[offset + 3] = (byte) value;
    }
}
