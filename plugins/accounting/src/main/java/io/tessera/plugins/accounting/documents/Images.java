package io.tessera.plugins.accounting.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Checks uploaded images with the JDK's decoders before they are stored and printed. */
final class Images {

    private Images() {
    }

    static boolean readable(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        } catch (IOException | RuntimeException e) {
            // the answer to the question: ImageIO's decoders report a corrupt image with either
            return false;
        }
    }
}
