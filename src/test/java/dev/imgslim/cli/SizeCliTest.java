package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imgslim lint --size} and {@code --size-budget}, run in-process as a user runs them. */
class SizeCliTest {
    @TempDir
    Path dir;

    private static final String MULTI = "samples/fat-base-variant/bad.Dockerfile";
    private static final String GOOD = "samples/fat-base-variant/good.Dockerfile";

    @Test
    void sizeBlockListsStagesShipsFlagsEstimateAndTotalsFromTheFindings() throws Exception {
        Cli json = Cli.run("lint", "--format", "json", "--no-fail", MULTI);
        long expectedCompressed = 0;
        List<Long> expectedOrder = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json.out()).get("findings")) {
            if (f.has("savingsBytes")) {
                expectedOrder.add(f.get("savingsBytes").asLong());
                if (f.get("savingsCompressed").asBoolean())
                    expectedCompressed += f.get("savingsBytes").asLong();
            }
        }
        assertThat(expectedOrder).isNotEmpty();

        Cli r = Cli.run("lint", "--format", "plain", "--no-fail", "--size", MULTI);
        assertThat(r.exitCode()).as(r.err()).isZero();
        String out = r.out();
        assertThat(out).contains("\nSize: " + MULTI + "\n");
        assertThat(out)
                .contains(
                        "  stage 0 (wheels): FROM python:3.12 — 411 MB compressed, 1.11 GB on disk (catalog 2026-08-13); does not ship\n");
        assertThat(out)
                .contains("  stage 1 (web): FROM node:22 — 408 MB compressed (catalog 2026-09-19); does not ship\n");
        assertThat(out)
                .contains(
                        "  stage 2 (base): FROM python:${PY} (= python:3.12) — 411 MB compressed, 1.11 GB on disk (catalog 2026-08-13); ships\n");
        assertThat(out).contains("  stage 3: FROM base — built on stage base; ships (final)\n");
        assertThat(out).contains("not measured: COPY line 19, COPY line 20, RUN line 21");
        assertThat(out).contains("  estimated final image: at least 411 MB compressed, 1.11 GB on disk");
        assertThat(out)
                .contains("  total: " + dev.imgslim.advice.Bytes.human(expectedCompressed)
                        + " compressed (findings may overlap)\n");
        // the findings come first, the size block after them
        assertThat(out.indexOf("[IS101 fat-base-variant]")).isLessThan(out.indexOf("\nSize: "));
    }

    @Test
    void jsonSizeObjectShape() throws Exception {
        Cli r = Cli.run("lint", "--format", "json", "--no-fail", "--size", "--size-budget", "1GB", MULTI);
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("version").asInt()).isEqualTo(1);
        JsonNode size = root.get("size");
        assertThat(size.get("budgetBytes").asLong()).isEqualTo(1_000_000_000L);
        assertThat(size.get("budgetExceeded").asBoolean()).isFalse();
        JsonNode file = size.get("files").get(0);
        assertThat(file.get("file").asText()).isEqualTo(MULTI);
        JsonNode stages = file.get("stages");
        assertThat(stages).hasSize(4);
        assertThat(stages.get(0).get("ships").asBoolean()).isFalse();
        assertThat(stages.get(2).get("ships").asBoolean()).isTrue();
        assertThat(stages.get(2).get("resolved").asText()).isEqualTo("python:3.12");
        assertThat(stages.get(2).get("catalog").asText()).isEqualTo("python/full");
        assertThat(stages.get(3).get("final").asBoolean()).isTrue();
        assertThat(stages.get(3).get("from").asText()).isEqualTo("stage");
        assertThat(stages.get(3).get("parent").asText()).isEqualTo("base");
        assertThat(stages.get(3).at("/additions/knownBytes").asLong()).isZero();
        JsonNode bound = file.at("/estimate/lowerBound");
        assertThat(bound.get(0).get("kind").asText()).isEqualTo("compressed");
        assertThat(bound.get(0).get("bytes").asLong()).isEqualTo(410_908_459L);
        assertThat(bound.get(0).get("source").asText()).contains("repo-info");
        long sum = 0;
        long previous = Long.MAX_VALUE;
        for (JsonNode s : file.get("savings")) {
            assertThat(s.get("bytes").asLong()).isLessThanOrEqualTo(previous);
            previous = s.get("bytes").asLong();
            if (s.get("compressed").asBoolean()) sum += s.get("bytes").asLong();
            assertThat(s.get("source").asText()).isEqualTo("catalog");
        }
        assertThat(file.at("/total/compressedBytes").asLong()).isEqualTo(sum).isPositive();
        assertThat(file.at("/budget/comparedKind").asText()).isEqualTo("compressed");
        assertThat(file.at("/budget/exceeded").asBoolean()).isFalse();
        // SARIF carries the same object in the run's properties
        Cli sarif = Cli.run("lint", "--format", "sarif", "--no-fail", "--size", MULTI);
        JsonNode run = new ObjectMapper().readTree(sarif.out()).at("/runs/0");
        assertThat(run.at("/properties/imgslimSize/files/0/stages")).hasSize(4);
        // without --size there is no size object
        assertThat(new ObjectMapper()
                        .readTree(Cli.run("lint", "--format", "json", "--no-fail", MULTI)
                                .out())
                        .has("size"))
                .isFalse();
    }

    @Test
    void sizeBudgetExitCodes() throws Exception {
        // The good twin ends on python:3.12-slim: at least 43 MB compressed (catalog).
        Cli over = Cli.run("lint", "--format", "plain", "--no-fail", "--size-budget", "40MB", GOOD);
        assertThat(over.exitCode()).isEqualTo(1);
        assertThat(over.err())
                .contains("size budget 40 MB exceeded", "at least 43 MB compressed", "compared compressed");
        Cli under = Cli.run("lint", "--format", "plain", "--no-fail", "--size-budget", "50MB", GOOD);
        assertThat(under.exitCode()).as(under.err()).isZero();
        assertThat(under.err()).contains("size budget 50 MB kept");
        Cli binary = Cli.run("lint", "--format", "plain", "--no-fail", "--size-budget", "40MiB", GOOD);
        assertThat(binary.exitCode()).as("40 MiB is 41.9 MB, below 43 MB").isEqualTo(1);

        Path unknown = dir.resolve("Dockerfile");
        Files.writeString(unknown, "FROM registry.example.com/acme/app-base:7\nCOPY app /app\nCMD [\"/app\"]\n");
        Cli note = Cli.run("lint", "--format", "plain", "--no-fail", "--size-budget", "1MB", unknown.toString());
        assertThat(note.exitCode()).isZero();
        assertThat(note.err()).contains("note: size budget 1.0 MB not checked", "unknown");

        Cli bad = Cli.run("lint", "--size-budget", "lots", GOOD);
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--size-budget", "not a size");
    }

    @Test
    void onDiskFigureIsComparedWhenNoCompressedOneIsKnown() throws Exception {
        Path df = dir.resolve("Dockerfile");
        Files.writeString(df, "FROM gcr.io/distroless/static:nonroot\nCOPY app /app\nCMD [\"/app\"]\n");
        Cli r = Cli.run("lint", "--format", "plain", "--no-fail", "--size-budget", "2MB", df.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("at least 2.4 MB on disk", "compared on disk (no compressed figure)");
    }
}
