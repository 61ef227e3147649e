package dev.imgslim.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an image config (the JSON a registry serves as the config blob, and {@code docker save}
 * stores beside the layers) that analysis needs.
 *
 * @param history  build steps, oldest first; each non-empty one made the next layer
 * @param diffIds  the uncompressed layers' digests, bottom first
 */
public record ImageConfig(List<HistoryEntry> history, List<String> diffIds, String platform) {

    /** One build step as the builder recorded it. */
    public record HistoryEntry(String createdBy, boolean emptyLayer, String comment) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ImageConfig parse(byte[] json) throws IOException {
        JsonNode root = JSON.readTree(json);
        List<HistoryEntry> history = new ArrayList<>();
        for (JsonNode h : root.path("history")) {
            history.add(new HistoryEntry(
                    h.path("created_by").asText(""),
                    h.path("empty_layer").asBoolean(false),
                    h.path("comment").asText("")));
        }
        List<String> diffIds = new ArrayList<>();
        for (JsonNode d : root.path("rootfs").path("diff_ids")) diffIds.add(d.asText());
        String os = root.path("os").asText("");
        String arch = root.path("architecture").asText("");
        return new ImageConfig(List.copyOf(history), List.copyOf(diffIds), os.isEmpty() ? null : os + "/" + arch);
    }

    /** The history entries that made a layer, in layer order; empty when the history does not add up. */
    public List<HistoryEntry> layerSteps() {
        List<HistoryEntry> steps = history.stream().filter(h -> !h.emptyLayer()).toList();
        return steps.size() == diffIds.size() ? steps : List.of();
    }
}
