package dev.imgslim.analyze;

import java.util.List;

/**
 * What one layer costs, measured from its tar. All byte figures are uncompressed file content
 * (what the layer occupies on disk once unpacked), except {@code compressedBytes}.
 *
 * @param index            position in the image, 0 = the bottom layer
 * @param digest           the layer's blob digest (registry) or its file in the saved archive; for messages
 * @param sizeBytes        bytes of file content this layer stores
 * @param compressedBytes  the blob's size as pulled, or -1 when unknown (docker save gives no compressed size)
 * @param added            files (not folders) this layer adds at paths no lower layer had
 * @param changed          files it writes at paths a lower layer already had
 * @param removed          files of lower layers it deletes (whiteouts and opaque folders)
 * @param wastedBytes      bytes of this layer that a later layer deletes or overwrites (each copy counted once)
 * @param deletedBytes     bytes of lower layers that this layer's deletions made dead
 * @param overwrittenBytes bytes of lower layers that this layer's new copies made dead
 * @param duplicatedBytes  bytes this layer rewrote with the same content (a chown, chmod or touch of a lower file)
 * @param biggestFiles     its largest files, largest first
 * @param biggestFolders   the folders (up to three levels deep) holding most of its bytes, largest first
 */
public record LayerFigures(
        int index,
        String digest,
        long sizeBytes,
        long compressedBytes,
        int added,
        int changed,
        int removed,
        long wastedBytes,
        long deletedBytes,
        long overwrittenBytes,
        long duplicatedBytes,
        List<PathBytes> biggestFiles,
        List<PathBytes> biggestFolders) {

    /** A path and the bytes under it. */
    public record PathBytes(String path, long bytes) {}
}
