package dev.imgslim.analyze;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Opens a layer blob as its uncompressed tar, deciding by the first bytes rather than the media type
 * (registries and docker save disagree on names, the bytes do not): gzip, or plain tar. zstd layers
 * (OCI {@code tar+zstd}) are refused with a message naming the layer: no pure-Java zstd decoder is
 * among this project's dependencies, and a JNI one would tie the jar to native libraries.
 */
public final class LayerStreams {

    private LayerStreams() {}

    /** Thrown for a layer we can recognise but not read. */
    public static final class UnsupportedLayerException extends IOException {
        public UnsupportedLayerException(String message) {
            super(message);
        }
    }

    /**
     * Opens a layer blob (gzip or plain tar) as an uncompressed stream; zstd and bzip2 are refused.
     *
     * @param layerName for messages, e.g. the digest
     */
    public static InputStream uncompressed(InputStream raw, String layerName) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) return new GZIPInputStream(in, 1 << 16);
        if (b0 == 0x28 && b1 == 0xb5 && b2 == 0x2f && b3 == 0xfd) {
            throw new UnsupportedLayerException(
                    "layer " + layerName + " is zstd-compressed, which imgslim cannot read yet;"
                            + " push the image with gzip layers (docker buildx: --output type=registry,compression=gzip)");
        }
        if (b0 == 0x42 && b1 == 0x5a && b2 == 0x68) {
            throw new UnsupportedLayerException(
                    "layer " + layerName + " is bzip2-compressed, which imgslim cannot read");
        }
        return in;
    }
}
