package dev.imgslim.probe;

import java.util.List;

/**
 * What the registry says about one image for one platform, without pulling it.
 *
 * @param digest          digest of what the tag points at (the list/index when multi-platform): what you pin in FROM
 * @param manifestDigest  digest of the platform's own manifest (equal to digest for single-platform images)
 * @param platform        the platform resolved, or null when the manifest names none
 * @param layerSizes      compressed size of each layer, in order
 */
public record RegistryImage(
        String digest, String manifestDigest, String mediaType, String platform, List<Long> layerSizes) {

    /** Sum of compressed layer sizes: what a pull downloads (the small config blob is not counted). */
    public long compressedBytes() {
        return layerSizes.stream().mapToLong(Long::longValue).sum();
    }

    public int layers() {
        return layerSizes.size();
    }
}
