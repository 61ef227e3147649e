package dev.imgslim.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a tag into the platform-specific manifest and its layer sizes: a manifest list or OCI
 * index is resolved to the entry for the requested platform (the way dockerd picks what to
 * pull), then that manifest's layers are read.
 */
public final class ManifestResolver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryClient registry;

    public ManifestResolver(RegistryClient registry) {
        this.registry = registry;
    }

    public RegistryImage resolve(ImageName image, Platform platform) throws ProbeFault {
        RegistryClient.Manifest top = registry.manifest(image, image.manifestReference());
        JsonNode topJson = parse(top, image);
        String topType = mediaType(top, topJson);
        if (MediaTypes.isIndex(topType)) {
            JsonNode entry = pick(topJson.path("manifests"), platform, image);
            String childDigest = entry.path("digest").asText();
            RegistryClient.Manifest child = registry.manifest(image, childDigest);
            JsonNode childJson = parse(child, image);
            String childType = mediaType(child, childJson);
            if (!MediaTypes.isManifest(childType)) {
                throw unsupported(image, childType);
            }
            JsonNode p = entry.path("platform");
            String resolved =
                    p.path("os").asText() + "/" + p.path("architecture").asText()
                            + (p.hasNonNull("variant") ? "/" + p.path("variant").asText() : "");
            return new RegistryImage(top.digest(), childDigest, childType, resolved, layerSizes(childJson, image));
        }
        if (MediaTypes.isManifest(topType)) {
            // A single-platform image: only its config blob says which platform it is for. An image
            // built for another platform is reported as missing for ours, as a pull would find it.
            Optional<String> configured = configPlatform(image, topJson);
            if (configured.isPresent()) {
                String[] p = configured.get().split("/", 3);
                if (!platform.accepts(p[0], p[1], p.length > 2 ? p[2] : null)) {
                    throw new ProbeFault(
                            ProbeFault.Kind.PLATFORM_MISSING,
                            image.original() + " has no manifest for " + platform + " (available: " + configured.get()
                                    + ")");
                }
            }
            return new RegistryImage(
                    top.digest(), top.digest(), topType, configured.orElse(null), layerSizes(topJson, image));
        }
        throw unsupported(image, topType);
    }

    /** os/arch[/variant] from the image config blob; empty when it cannot be read (then nothing is checked). */
    private Optional<String> configPlatform(ImageName image, JsonNode manifest) {
        String digest = manifest.path("config").path("digest").asText("");
        long size = manifest.path("config").path("size").asLong(0);
        if (digest.isEmpty() || size > 1_000_000) return Optional.empty(); // configs are a few kB; skip anything big
        return registry.smallBlob(image, digest).flatMap(ManifestResolver::platformOf);
    }

    /** The platform an image config blob names; empty when the blob does not parse or lacks os or architecture. */
    private static Optional<String> platformOf(byte[] configBlob) {
        try {
            JsonNode config = JSON.readTree(configBlob);
            String os = config.path("os").asText("");
            String arch = config.path("architecture").asText("");
            if (os.isEmpty() || arch.isEmpty()) return Optional.empty();
            String variant = config.path("variant").asText("");
            return Optional.of(os + "/" + Platform.normaliseArch(arch) + (variant.isEmpty() ? "" : "/" + variant));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Registries may omit Content-Type or send a generic one; the body's mediaType field then decides. */
    private static String mediaType(RegistryClient.Manifest m, JsonNode json) {
        if (MediaTypes.isIndex(m.mediaType()) || MediaTypes.isManifest(m.mediaType())) return m.mediaType();
        String inBody = json.path("mediaType").asText("");
        if (!inBody.isEmpty()) return inBody;
        if (json.has("manifests")) return MediaTypes.OCI_INDEX;
        if (json.has("layers")) return MediaTypes.OCI_MANIFEST;
        return m.mediaType();
    }

    /** The index entry for {@code platform}; PLATFORM_MISSING naming what there is otherwise. */
    static JsonNode pick(JsonNode manifests, Platform platform, ImageName image) throws ProbeFault {
        List<String> available = new ArrayList<>();
        JsonNode withoutVariant = null;
        for (JsonNode entry : manifests) {
            JsonNode p = entry.path("platform");
            String os = p.path("os").asText(null);
            String arch = p.path("architecture").asText(null);
            String variant = p.path("variant").asText(null);
            // attestation manifests (buildx) are listed as unknown/unknown: not a platform
            if (os == null || "unknown".equals(os)) continue;
            available.add(os + "/" + arch + (variant != null ? "/" + variant : ""));
            if (platform.accepts(os, arch, variant)) {
                if (platform.variant() != null || variant == null) return entry;
                if (withoutVariant == null) withoutVariant = entry;
            }
        }
        if (withoutVariant != null) return withoutVariant;
        throw new ProbeFault(
                ProbeFault.Kind.PLATFORM_MISSING,
                image.original() + " has no manifest for " + platform + " (available: "
                        + (available.isEmpty() ? "none" : String.join(", ", available)) + ")");
    }

    private static List<Long> layerSizes(JsonNode manifest, ImageName image) throws ProbeFault {
        JsonNode layers = manifest.path("layers");
        if (!layers.isArray()) {
            throw new ProbeFault(
                    ProbeFault.Kind.UNSUPPORTED_MANIFEST, "manifest of " + image.original() + " lists no layers");
        }
        List<Long> sizes = new ArrayList<>();
        for (JsonNode layer : layers) sizes.add(layer.path("size").asLong(0));
        return List.copyOf(sizes);
    }

    /** The manifest's JSON; an unreadable body is the registry's fault, reported against the image. */
    static JsonNode parse(RegistryClient.Manifest m, ImageName image) throws ProbeFault {
        try {
            return JSON.readTree(m.body());
        } catch (IOException e) {
            throw new ProbeFault(
                    ProbeFault.Kind.UNSUPPORTED_MANIFEST,
                    "registry sent an unreadable manifest for " + image.original());
        }
    }

    private static ProbeFault unsupported(ImageName image, String mediaType) {
        return new ProbeFault(
                ProbeFault.Kind.UNSUPPORTED_MANIFEST,
                "unsupported manifest type '" + mediaType + "' for " + image.original()
                        + " (schema 1 images are not supported)");
    }
}
