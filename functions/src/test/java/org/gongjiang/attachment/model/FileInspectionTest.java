package org.gongjiang.attachment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FileInspectionTest {

    @Test
    void aJpegWithGpsInItsExifComesBackWithTheSamePixelsAndNoMetadataAtAll() throws IOException {
        byte[] upload = jpegWithGps();
        assertTrue(contains(upload, "Exif") && contains(upload, "GPSLatitude"));

        var accepted = assertInstanceOf(FileInspection.Accepted.class, FileInspection.inspect(FileType.JPEG, upload.length, upload));

        assertFalse(contains(accepted.content(), "Exif"), "EXIF segment kept");
        assertFalse(contains(accepted.content(), "GPS"), "GPS kept");
        BufferedImage clean = ImageIO.read(new ByteArrayInputStream(accepted.content()));
        assertEquals(64, clean.getWidth());
        assertEquals(48, clean.getHeight());
    }

    @Test
    void aPngDeclaredAsPdfIsRefusedByItsContentWhateverItsName() throws IOException {
        byte[] png = png(8, 8);
        var refused = assertInstanceOf(FileInspection.Refused.class, FileInspection.inspect(FileType.PDF, png.length, png));
        assertEquals("type-mismatch", refused.reason());
    }

    @Test
    void textDeclaredAsJpegIsRefused() {
        byte[] text = "not an image at all".getBytes(StandardCharsets.UTF_8);
        var refused = assertInstanceOf(FileInspection.Refused.class, FileInspection.inspect(FileType.JPEG, text.length, text));
        assertEquals("type-mismatch", refused.reason());
    }

    @Test
    void aTinyPngDeclaringThirtyThousandPixelsSquareIsRefusedBeforeAnythingIsDecoded() {
        byte[] bomb = decompressionBomb(30_000, 30_000);
        assertTrue(bomb.length < 2_000, "the bomb is tiny: " + bomb.length);
        var refused = assertInstanceOf(FileInspection.Refused.class, FileInspection.inspect(FileType.PNG, bomb.length, bomb));
        assertEquals("too-many-pixels", refused.reason());
    }

    @Test
    void aPdfWithHeaderAndTrailerIsKeptAsItIsAndOneWithoutTrailerIsRefused() {
        byte[] pdf = minimalPdf();
        var accepted = assertInstanceOf(FileInspection.Accepted.class, FileInspection.inspect(FileType.PDF, pdf.length, pdf));
        assertEquals(pdf.length, accepted.content().length);

        byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length - 8);
        var refused = assertInstanceOf(FileInspection.Refused.class,
                FileInspection.inspect(FileType.PDF, truncated.length, truncated));
        assertEquals("not-a-pdf", refused.reason());
    }

    @Test
    void aFileOfAnotherSizeThanDeclaredIsRefused() {
        byte[] pdf = minimalPdf();
        var refused = assertInstanceOf(FileInspection.Refused.class, FileInspection.inspect(FileType.PDF, pdf.length + 1, pdf));
        assertEquals("size-mismatch", refused.reason());
    }

    @Test
    void aJpegHeaderWithGarbageAfterItIsRefusedAsUndecodable() {
        byte[] broken = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 2, 1, 2, 3, 4, 5, 6, 7, 8};
        var refused = assertInstanceOf(FileInspection.Refused.class, FileInspection.inspect(FileType.JPEG, broken.length, broken));
        assertEquals("undecodable", refused.reason());
    }

    // ---------------------------------------------------------------- files

    static byte[] jpegWithGps() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        // an APP1 EXIF segment after SOI, as cameras write it: a TIFF header and a GPS tag's name in it
        byte[] exif = ("Exif\0\0MM\0*\0\0\0\u0008GPSLatitude 39.9042N GPSLongitude 116.4074E").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xff);
        out.write(0xe1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xff);
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A PNG whose header declares width x height RGB pixels, followed by one tiny compressed row. */
    static byte[] decompressionBomb(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = 2;
        chunk(out, "IHDR", header);
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[1 + width * 3]);
        deflater.finish();
        byte[] compressed = new byte[4096];
        int length = deflater.deflate(compressed);
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static byte[] minimalPdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }

    private static boolean contains(byte[] content, String text) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(text);
    }
}
