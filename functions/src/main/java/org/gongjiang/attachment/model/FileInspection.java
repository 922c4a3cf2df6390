package org.gongjiang.attachment.model;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.gongjiang.platform.model.LocalizedText;

/**
 * The check of an uploaded file, by its content, never its name: the magic bytes must be those of the
 * declared type and the size the declared size. An image's dimensions are read from its header before
 * anything is decoded (a few bytes can declare billions of pixels: the decompression bomb); then it is
 * decoded and encoded again, which keeps the pixels and drops every piece of metadata (EXIF, GPS
 * positions, comments, embedded profiles). A PDF is checked for its header and trailer and kept as it
 * is: nothing here parses or cleans PDFs.
 */
public final class FileInspection {

    /** Above this an image is refused unread (a 40-megapixel RGB image decodes to 120 MB). */
    public static final long MAX_PIXELS = 40_000_000L;
    private static final float JPEG_QUALITY = 0.9f;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int PDF_TRAILER_WINDOW = 1024;

    static {
        ImageIO.setUseCache(false);
    }

    private FileInspection() {
    }

    /** What the check made of a file. */
    public sealed interface Outcome permits Accepted, Refused {
    }

    /** The file to keep: the re-encoded image, or the PDF as uploaded. */
    public record Accepted(FileType type, byte[] content) implements Outcome {
    }

    /** Why the file is refused: {@code reason} is stable, {@code detail} the words. */
    public record Refused(String reason, LocalizedText detail) implements Outcome {
    }

    public static Outcome inspect(FileType declared, long declaredSize, byte[] content) {
        if (content.length != declaredSize) {
            return new Refused("size-mismatch", AttachmentMessages.REFUSED_SIZE.text(content.length, declaredSize));
        }
        Optional<FileType> sniffed = sniff(content);
        if (sniffed.isEmpty() || sniffed.get() != declared) {
            return new Refused("type-mismatch", AttachmentMessages.REFUSED_TYPE.text(declared.mediaType()));
        }
        return declared == FileType.PDF ? checkPdf(content) : reencode(declared, content);
    }

    /** The type the first bytes name, if any of ours. */
    public static Optional<FileType> sniff(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, PDF_HEADER)) {
            return Optional.of(FileType.PDF);
        }
        return Optional.empty();
    }

    private static Outcome checkPdf(byte[] content) {
        int end = content.length;
        while (end > 0 && Character.isWhitespace(content[end - 1])) {
            end--;
        }
        int from = Math.max(0, end - PDF_TRAILER_WINDOW);
        byte[] tail = Arrays.copyOfRange(content, from, end);
        return indexOf(tail, PDF_TRAILER) >= 0
                ? new Accepted(FileType.PDF, content)
                : new Refused("not-a-pdf", AttachmentMessages.REFUSED_PDF.text());
    }

    private static Outcome reencode(FileType type, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == FileType.JPEG ? "jpeg" : "png");
            if (input == null || !readers.hasNext()) {
                return undecodable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    return new Refused("too-many-pixels", AttachmentMessages.REFUSED_PIXELS.text(width, height, MAX_PIXELS));
                }
                BufferedImage image = reader.read(0);
                return new Accepted(type, type == FileType.JPEG ? jpeg(image) : png(image));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return undecodable();
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR
                && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(image, 0, 0, null);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            // no metadata given: the writer puts only its own JFIF header
            writer.write(null, new IIOImage(rgb, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private static Refused undecodable() {
        return new Refused("undecodable", AttachmentMessages.REFUSED_UNDECODABLE.text());
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
