package dev.imgslim.probe;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * An image read blob by blob for {@code imgslim analyze}, from a registry or from the engine's
 * {@code docker save} stream: its config (history, diff ids) and its layers in order. Layer contents
 * are handed to a {@link LayerVisitor} as streams while they download and are never stored.
 *
 * @param reference what the user named
 * @param config    the image config JSON
 * @param layers    bottom first
 * @param source    {@code registry} or {@code engine}
 */
@SuppressWarnings("ArrayRecordComponent") // a carrier of fetched bytes, never compared or hashed
public record ImageBlobs(String reference, byte[] config, List<Layer> layers, String source) {

    /**
     * One layer of the image.
     *
     * @param key             what the visitor was given for this layer
     * @param digest          the blob digest (registry) or the layer's file in the saved archive
     * @param compressedBytes the blob size as pulled, or -1 when the source does not say (docker save)
     */
    public record Layer(String key, String digest, long compressedBytes) {}

    /** Receives every layer blob once, raw (gzip or plain tar), possibly not in image order. */
    public interface LayerVisitor {
        void layer(String key, InputStream raw) throws IOException;

        /** The layer under {@code alias} is the one already read as {@code key} (docker save links duplicates). */
        default void same(String alias, String key) {}
    }
}
