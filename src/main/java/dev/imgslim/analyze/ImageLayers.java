package dev.imgslim.analyze;

import java.util.List;

/**
 * A measured image: every layer's figures and contents, and the whole image's scores.
 *
 * @param source           {@code engine} or {@code registry}
 * @param scans            each layer's paths, bottom first (kept to measure findings against)
 * @param efficiency       dive's score, 0..1
 * @param totalLayerBytes  file bytes stored over all layers, dead or alive
 * @param visibleBytes     file bytes a container sees
 */
public record ImageLayers(
        String reference,
        String source,
        ImageConfig config,
        List<LayerFigures> layers,
        List<LayerScan> scans,
        double efficiency,
        long totalLayerBytes,
        long visibleBytes) {

    public long wastedBytes() {
        return layers.stream().mapToLong(LayerFigures::wastedBytes).sum();
    }

    /** Bytes of regular files under {@code folder} (normalised, no leading slash) that layer {@code index} stores. */
    public long bytesUnder(int index, String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        long sum = 0;
        for (LayerFile f : scans.get(index).files()) {
            if (f.kind() == LayerFile.Kind.FILE
                    && (f.path().startsWith(prefix) || f.path().equals(folder))) sum += f.size();
        }
        return sum;
    }

    /** Compressed bytes over all layers, or -1 when the source did not say. */
    public long compressedBytes() {
        long sum = 0;
        for (LayerFigures l : layers) {
            if (l.compressedBytes() < 0) return -1;
            sum += l.compressedBytes();
        }
        return sum;
    }
}
