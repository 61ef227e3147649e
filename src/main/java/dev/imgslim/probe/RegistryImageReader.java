package dev.imgslim.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an image straight from its registry, no daemon needed: the manifest (an index resolved to
 * the platform), the config blob, then each layer blob streamed to the visitor in order.
 */
public final class RegistryImageReader {

    private static final long MAX_CONFIG = 16L << 20;

    private final RegistryClient registry;

    public RegistryImageReader(RegistryClient registry) {
        this.registry = registry;
    }

    public ImageBlobs read(String reference, Platform platform, ImageBlobs.LayerVisitor visitor)
            throws ProbeFault, IOException {
        ImageName image = ImageName.parse(reference);
        JsonNode manifest = manifestFor(image, platform);
        String configDigest = manifest.path("config").path("digest").asText("");
        if (configDigest.isEmpty() || manifest.path("config").path("size").asLong(0) > MAX_CONFIG) {
            throw new ProbeFault(
                    ProbeFault.Kind.UNSUPPORTED_MANIFEST, "manifest of " + reference + " names no usable image config");
        }
        byte[] config;
        try (InputStream in = registry.openBlob(image, configDigest)) {
            config = in.readNBytes((int) MAX_CONFIG);
        }
        List<ImageBlobs.Layer> layers = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            String digest = layer.path("digest").asText();
            layers.add(new ImageBlobs.Layer(digest, digest, layer.path("size").asLong(-1)));
        }
        for (ImageBlobs.Layer layer : layers) {
            try (InputStream in = registry.openBlob(image, layer.digest())) {
                visitor.layer(layer.key(), in);
            }
        }
        return new ImageBlobs(reference, config, List.copyOf(layers), "registry");
    }

    private JsonNode manifestFor(ImageName image, Platform platform) throws ProbeFault {
        RegistryClient.Manifest top = registry.manifest(image, image.manifestReference());
        JsonNode json = ManifestResolver.parse(top, image);
        if (json.has("manifests")) {
            JsonNode entry = ManifestResolver.pick(json.path("manifests"), platform, image);
            json = ManifestResolver.parse(
                    registry.manifest(image, entry.path("digest").asText()), image);
        }
        if (!json.path("layers").isArray()) {
            throw new ProbeFault(
                    ProbeFault.Kind.UNSUPPORTED_MANIFEST,
                    "manifest of " + image.original() + " lists no layers (schema 1 images are not supported)");
        }
        return json;
    }
}
