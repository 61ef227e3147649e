package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Dockerfile whose findings carry both kinds of figure: a base-image saving from the catalog
 * (compressed, as registries report it) and apt lists (on disk, measured). The summary keeps them
 * apart in JSON and on the terminal: compressed and on-disk bytes are never added.
 */
class SummaryUnitsTest {
    private static final String DOCKERFILE = "FROM python:3.12\n"
            + "RUN apt-get update && apt-get install -y --no-install-recommends libpq5\n"
            + "COPY app.py /app/app.py\n"
            + "CMD [\"python\", \"/app/app.py\"]\n";

    @Test
    void jsonSummaryKeepsCompressedAndOnDiskApart(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        Files.writeString(dir.resolve("app.py"), "print('hi')\n");
        Cli r = Cli.run("lint", "--format", "json", "--no-fail", "--no-shellcheck", file.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        long compressed = 0;
        long onDisk = 0;
        for (JsonNode f : root.get("findings")) {
            if (!f.has("savingsBytes")) continue;
            if (f.get("savingsCompressed").asBoolean())
                compressed += f.get("savingsBytes").asLong();
            else onDisk += f.get("savingsBytes").asLong();
        }
        assertThat(compressed)
                .as("a compressed figure (fat-base-variant, catalog)")
                .isPositive();
        assertThat(onDisk).as("an on-disk figure (apt-lists-not-removed)").isPositive();
        JsonNode summary = root.get("summary").get("savingsBytes");
        assertThat(summary.get("compressed").asLong()).isEqualTo(compressed);
        assertThat(summary.get("onDisk").asLong()).isEqualTo(onDisk);
        assertThat(summary.size()).isEqualTo(2);

        Cli tty = Cli.run("lint", "--format", "tty", "--no-color", "--no-fail", "--no-shellcheck", file.toString());
        assertThat(tty.out()).containsPattern("estimated savings: ~\\d+ MB compressed \\+ ~\\d+ MB on disk");
    }
}
