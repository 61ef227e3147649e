package dev.imgslim.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.build.BuildModel;
import dev.imgslim.probe.ImageBlobs;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParser;
import dev.imgslim.testenv.Tar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --format html} page in a real browser (Debian's {@code chromium}, headless): it loads
 * with no script error, draws a bar per line, and asks the network for nothing (it is one file).
 */
@Tag("slow")
class HtmlReportChromiumTest {

    static final String DOCKERFILE = """
            FROM debian:bookworm-slim
            RUN head -c 300000 /dev/urandom > /blob </script><!--
            RUN rm /blob
            RUN apt-get update
            """;

    @Test
    void thePageLoadsWithoutScriptErrorsAndShowsTheChart(@TempDir Path tmp) throws Exception {
        String chromium = chromium();
        Analysis analysis = analysis();
        Dockerfile df = new DockerfileParser().parse("Dockerfile", DOCKERFILE);
        String html = AnalysisHtml.write(analysis, List.of(), df);
        // self-contained: nothing that fetches (URLs in findings' text are text)
        assertThat(html)
                .doesNotContain("src=")
                .doesNotContain("href=")
                .doesNotContain("<link")
                .doesNotContain("@import")
                .doesNotContain("url(")
                .doesNotContain("fetch(")
                .doesNotContain("XMLHttpRequest");
        Path page = tmp.resolve("report.html");
        Files.writeString(page, html);

        Process p = new ProcessBuilder(
                        chromium,
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--user-data-dir=" + tmp.resolve("profile"),
                        "--dump-dom",
                        page.toUri().toString())
                .redirectError(tmp.resolve("chromium.err").toFile())
                .start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(dom).as(Files.readString(tmp.resolve("chromium.err"))).contains("data-rendered=\"");
        assertThat(dom).doesNotContain("data-errors=");
        // base + the three lines that made layers
        assertThat(dom).contains("data-rendered=\"4\"");
        assertThat(dom).contains("class=\"fill dead\"").contains("measured 40.0 kB (lint estimate");
        // the Dockerfile's own "</script>" stayed text
        assertThat(dom).contains("&lt;/script&gt;&lt;!--");
    }

    private static String chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) return c;
        }
        String why = "no chromium on this machine (Debian: apt-get install chromium; scripts/test-all installs it)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(why);
        Assumptions.abort(why);
        return null;
    }

    /** A three-layer image made here: a 300 kB file, its deletion, and apt lists. */
    static Analysis analysis() throws Exception {
        byte[] blob = new byte[300_000];
        new Random(3).nextBytes(blob);
        byte[] lists = new byte[40_000];
        new Random(4).nextBytes(lists);
        List<byte[]> tars = List.of(
                new Tar()
                        .dir("etc")
                        .file("etc/os-release", "ID=debian\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0644)
                        .bytes(),
                new Tar().file("blob", blob, 0644).bytes(),
                new Tar().file(".wh.blob", new byte[0], 0644).bytes(),
                new Tar()
                        .dir("var/lib/apt/lists")
                        .file("var/lib/apt/lists/deb.debian.org_Packages", lists, 0644)
                        .bytes());
        String config = """
                {"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":["sha256:a","sha256:b","sha256:c","sha256:d"]},
                 "history":[{"created_by":"/bin/sh -c #(nop) ADD file:abc in / "},{"created_by":"/bin/sh -c #(nop)  CMD [\\"bash\\"]","empty_layer":true},
                 {"created_by":"RUN /bin/sh -c head -c 300000 /dev/urandom > /blob </script><!-- # buildkit"},
                 {"created_by":"RUN /bin/sh -c rm /blob # buildkit"},{"created_by":"RUN /bin/sh -c apt-get update # buildkit"}]}
                """;
        ImageReading reading = new ImageReading(ProgressLine.OFF);
        List<ImageBlobs.Layer> layers = new java.util.ArrayList<>();
        for (int i = 0; i < tars.size(); i++) {
            reading.layer("l" + i, new ByteArrayInputStream(tars.get(i)));
            layers.add(new ImageBlobs.Layer("l" + i, "sha256:l" + i, tars.get(i).length / 2));
        }
        ImageLayers image =
                reading.stack(new ImageBlobs("example:1", config.getBytes(StandardCharsets.UTF_8), layers, "registry"));
        Dockerfile df = new DockerfileParser().parse("Dockerfile", DOCKERFILE);
        var findings = LintEngine.builtin().lint(df, LintOptions.defaults());
        return Analyzer.analyze(image, BuildModel.of(df), "Dockerfile", findings, "debian:bookworm-slim", -1);
    }
}
