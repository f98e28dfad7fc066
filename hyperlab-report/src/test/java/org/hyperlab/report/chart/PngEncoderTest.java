package org.hyperlab.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    /** The JDK's own PNG writer: the reference for the bytes. */
    private static byte[] imageIo(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage chart(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderer.draw(ChartGrid.of("grid", List.of(ChartRendererTest.sample(), ChartRendererTest.sample())), g2,
                new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        return image;
    }

    @Test
    void aChartGivesTheSameBytesAsImageIo() throws Exception {
        BufferedImage image = chart(1200, 460);
        assertArrayEquals(imageIo(image), PngEncoder.encode(image));
    }

    @Test
    void noiseThatSpansManyIdatChunksGivesTheSameBytesAsImageIo() throws Exception {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        byte[] png = PngEncoder.encode(image);
        assertArrayEquals(imageIo(image), png);
        // 300·200 random RGB pixels hardly compress: ~180,000 bytes, i.e. five full IDAT chunks of 32,768 and a sixth
        assertEquals(true, png.length > 5 * 32_768, "length " + png.length);
    }

    @Test
    void decodesToTheSamePixels() throws Exception {
        BufferedImage image = chart(333, 177);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
        assertEquals(333, decoded.getWidth());
        assertEquals(177, decoded.getHeight());
        for (int y = 0; y < 177; y++) {
            for (int x = 0; x < 333; x++) {
                assertEquals(image.getRGB(x, y), decoded.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aOnePixelImageIsTheSameToo() throws Exception {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x123456);
        assertArrayEquals(imageIo(image), PngEncoder.encode(image));
    }

    @Test
    void onlyOpaqueIntRgbImagesAreAccepted() {
        BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(argb));
    }
}
