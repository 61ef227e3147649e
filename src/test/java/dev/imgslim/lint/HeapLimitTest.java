package dev.imgslim.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgslim.testsupport.ChildJvm;
import dev.imgslim.testsupport.ChildJvm.Run;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large Dockerfile lints within a heap a few times its size, and one that does not fit in the heap is
 * the input's fault (exit 2, one line), not an internal error. Each lint runs in its own JVM, so that
 * the heap limit is real.
 */
class HeapLimitTest {
    @TempDir
    Path dir;

    private static Run imgslim(String heap, String... args) throws Exception {
        List<String> jvm = new ArrayList<>(List.of("-XX:+UseSerialGC"));
        if (heap != null) jvm.add("-Xmx" + heap);
        return ChildJvm.imgslim(jvm, 300, args);
    }

    /**
     * scripts/bench-scaling's "mix" shape: {@code services} blocks of realistic multi-stage Dockerfile
     * (1,050 blocks are 1.2 MB; 8,400 are the 9.6 MB file).
     */
    private static Path multiStage(Path file, int services) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# syntax=docker/dockerfile:1\nARG PYTHON_VERSION=3.12\nARG NODE_VERSION=20\n");
            for (int i = 0; i < services; i++) {
                int port = i % 100;
                w.write(String.format("""

                        # --- service %1$d ---
                        FROM node:${NODE_VERSION} AS web%1$d
                        WORKDIR /src/web%1$d
                        COPY web%1$d/package.json web%1$d/package-lock.json ./
                        RUN npm ci && npm run build
                        COPY web%1$d/ .

                        FROM python:${PYTHON_VERSION}-slim AS app%1$d
                        ARG APP_HOME=/opt/app%1$d
                        ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 APP_HOME=${APP_HOME} PATH=/opt/venv%1$d/bin:$PATH
                        LABEL org.opencontainers.image.title="app%1$d" maintainer="ops@example.com"
                        RUN apt-get update \\
                            && apt-get install -y --no-install-recommends \\
                                build-essential libpq-dev curl ca-certificates git \\
                            && curl -fsSL https://example.com/tool%1$d.tar.gz | tar -xz -C /usr/local/bin \\
                            && git clone https://github.com/example/lib%1$d /tmp/lib%1$d \\
                            && rm -rf /var/lib/apt/lists/*
                        WORKDIR ${APP_HOME}
                        COPY requirements%1$d.txt .
                        RUN pip install -r requirements%1$d.txt && pip install gunicorn
                        COPY --from=web%1$d /src/web%1$d/dist ./static
                        COPY . .
                        RUN chown -R app:app ${APP_HOME} && rm -rf /tmp/lib%1$d
                        RUN useradd -m app && mkdir -p /data && cd /data && echo ok | tee ready%1$d
                        USER app
                        EXPOSE 80%2$02d
                        HEALTHCHECK --interval=30s CMD curl -f http://localhost:80%2$02d/ || exit 1
                        CMD ["gunicorn", "-b", "0.0.0.0:80%2$02d", "app%1$d:app"]
                        """, i, port));
            }
        }
        return file;
    }

    private static long findings(Run r) throws IOException {
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.path("errors")).as(r.err()).isEmpty();
        return report.path("findings").size();
    }

    /**
     * 80 MB, eight times the file: the smallest heap it lints in is 64 MB (2026-12-06, serial collector),
     * so a loaded CI machine has a quarter of headroom.
     */
    @Test
    @Tag("slow")
    void theTenMegabyteMultiStageFileLintsInAn80MegabyteHeap() throws Exception {
        Path file = multiStage(dir.resolve("Dockerfile"), 8400);
        assertThat(Files.size(file)).isGreaterThan(9_500_000);
        String[] lint = {"lint", "--no-shellcheck", "-f", "json", "--max-file-size", "16MiB", file.toString()};

        Run unbounded = imgslim(null, lint);
        Run small = imgslim("80m", lint);

        assertThat(unbounded.code()).as(unbounded.err()).isEqualTo(1);
        assertThat(small.code()).as(small.err()).isEqualTo(1);
        assertThat(findings(small)).isEqualTo(findings(unbounded)).isGreaterThan(25_000);
    }

    @Test
    void aFileThatDoesNotFitInTheHeapIsAnInputErrorAndTheOthersAreStillLinted() throws Exception {
        Path large = multiStage(dir.resolve("large.Dockerfile"), 8400);
        Path small = multiStage(dir.resolve("small.Dockerfile"), 1);

        Run r = imgslim(
                "32m",
                "lint",
                "--no-shellcheck",
                "-f",
                "plain",
                "--max-file-size",
                "16MiB",
                large.toString(),
                small.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out() + r.err())
                .contains(large + ":1:1: error: too large to lint within the Java heap (")
                .contains("start Java with a larger heap (JAVA_TOOL_OPTIONS=-Xmx...) or skip files this large"
                        + " with --max-file-size")
                .contains(small + ":")
                .doesNotContain("internal error")
                .doesNotContain("\tat ");
    }
}
