package dev.imgslim.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgslim.probe.ImageBlobs;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the archive {@code docker save} writes, as a stream: small JSON members (manifest.json,
 * the config) are kept, every other member is a layer and goes to the visitor as it passes.
 * Both layouts are read: the classic one ({@code <id>/layer.tar}, a duplicate layer as a symlink to
 * the first) and the OCI one ({@code blobs/sha256/...}). manifest.json comes last in the classic
 * layout, so layers are keyed by member name and put in order at the end.
 */
public final class SavedImageArchive {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_JSON = 16L << 20;

    private SavedImageArchive() {}

    public static ImageBlobs read(String reference, InputStream saved, ImageBlobs.LayerVisitor visitor)
            throws IOException {
        Map<String, byte[]> jsons = new HashMap<>();
        TarReader tar = new TarReader(saved);
        TarReader.Entry e;
        while ((e = tar.next()) != null) {
            String name = LayerScan.normalise(e.name());
            if (e.type() == '2') {
                visitor.same(name, resolve(name, e.linkName()));
                continue;
            }
            if (!e.isFile() || e.size() == 0) continue;
            BufferedInputStream content = new BufferedInputStream(tar.content(), 1 << 16);
            content.mark(1);
            int first = content.read();
            content.reset();
            if (first == '{' || first == '[') {
                if (e.size() <= MAX_JSON) jsons.put(name, content.readAllBytes());
            } else if (!name.equals("repositories") && !name.endsWith("/VERSION") && !name.equals("oci-layout")) {
                visitor.layer(name, content);
            }
        }
        byte[] manifestBytes = jsons.get("manifest.json");
        if (manifestBytes == null) throw new IOException("the saved archive of " + reference + " has no manifest.json");
        JsonNode manifest = JSON.readTree(manifestBytes).path(0);
        byte[] config = jsons.get(LayerScan.normalise(manifest.path("Config").asText("")));
        if (config == null) throw new IOException("the saved archive of " + reference + " has no image config");
        List<ImageBlobs.Layer> layers = new ArrayList<>();
        for (JsonNode layer : manifest.path("Layers")) {
            String key = LayerScan.normalise(layer.asText());
            layers.add(new ImageBlobs.Layer(key, key, -1));
        }
        return new ImageBlobs(reference, config, List.copyOf(layers), "engine");
    }

    /** A symlink's target relative to the member's folder, as a member name. */
    static String resolve(String name, String target) {
        if (target.startsWith("/")) return LayerScan.normalise(target);
        int slash = name.lastIndexOf('/');
        List<String> parts = new ArrayList<>(
                slash < 0 ? List.of() : List.of(name.substring(0, slash).split("/")));
        for (String p : target.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
