package dev.imgslim.analyze;

import dev.imgslim.probe.ImageBlobs;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Receives layer blobs from any source (registry or engine), scans each as it streams past and,
 * once the source has said which order they go in, stacks them.
 */
public final class ImageReading implements ImageBlobs.LayerVisitor {

    private final Map<String, LayerScan> scans = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final ProgressLine progress;

    public ImageReading(ProgressLine progress) {
        this.progress = progress;
    }

    @Override
    public void layer(String key, InputStream raw) throws IOException {
        progress.startLayer(key);
        CountingInputStream compressed = new CountingInputStream(raw, LayerScan.Progress.NONE);
        LayerScan scan = LayerScan.read(LayerStreams.uncompressed(compressed, key), progress::read);
        scans.put(key, scan);
        progress.endLayer();
    }

    @Override
    public void same(String alias, String key) {
        aliases.put(alias, key);
    }

    /** The stacked image; IOException when the source named a layer it never sent. */
    public ImageLayers stack(ImageBlobs blobs) throws IOException {
        LayerStack stack = new LayerStack();
        List<LayerScan> ordered = new ArrayList<>();
        for (ImageBlobs.Layer layer : blobs.layers()) {
            LayerScan scan = scans.get(layer.key());
            if (scan == null && aliases.containsKey(layer.key())) scan = scans.get(aliases.get(layer.key()));
            if (scan == null)
                throw new IOException(
                        "the image's layer " + layer.digest() + " was not in what the " + blobs.source() + " sent");
            stack.push(scan, layer.digest(), layer.compressedBytes());
            ordered.add(scan);
        }
        ImageConfig config = ImageConfig.parse(blobs.config());
        return new ImageLayers(
                blobs.reference(),
                blobs.source(),
                config,
                stack.figures(),
                List.copyOf(ordered),
                stack.efficiency(),
                stack.totalLayerBytes(),
                stack.visibleBytes());
    }
}
