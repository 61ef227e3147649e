package dev.imgslim.analyze;

import dev.imgslim.analyze.zstd.ZstdFormatException;
import dev.imgslim.analyze.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Opens a layer blob as its uncompressed tar, deciding by the first bytes rather than the media type
 * (registries and docker save disagree on names, the bytes do not): gzip, zstd (OCI {@code tar+zstd}, read
 * by this project's own pure-Java {@link ZstdInputStream}: a JNI decoder would tie the jar to native
 * libraries), or plain tar. A damaged zstd layer's error names the layer.
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
        if (b0 == 0x28 && b1 == 0xb5 && b2 == 0x2f && b3 == 0xfd)
            return new NamedErrors(new ZstdInputStream(in), layerName);
        if (b0 == 0x42 && b1 == 0x5a && b2 == 0x68) {
            throw new UnsupportedLayerException(
                    "layer " + layerName + " is bzip2-compressed, which imgslim cannot read");
        }
        return in;
    }

    /** Puts the layer's name into a zstd format error, which otherwise only says what broke. */
    private static final class NamedErrors extends FilterInputStream {
        private final String layerName;

        NamedErrors(InputStream in, String layerName) {
            super(in);
            this.layerName = layerName;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (ZstdFormatException e) {
                throw named(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (ZstdFormatException e) {
                throw named(e);
            }
        }

        private IOException named(ZstdFormatException e) {
            return new IOException("layer " + layerName + " is not valid zstd: " + e.getMessage(), e);
        }
    }
}
