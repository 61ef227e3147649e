package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run loads is what its start-up costs: the real CLI runs in a fresh JVM that logs every class it
 * loads, and the classes of libraries a command does not use must not be among them. {@code --version}
 * is answered before any command model is built; a plain lint of one file (no config file, no
 * ShellCheck) needs no picocli, Jackson data binding, YAML, Docker client or image analysis.
 */
class StartupClassesTest {
    @TempDir
    Path dir;

    /** Runs imgslim in {@code dir} (no {@code .imgslim.yaml} there or above) and lists the classes it loaded. */
    private LoggedJvm.Run imgslim(String... args) throws Exception {
        return imgslim(List.of(), args);
    }

    /** {@link #imgslim(String...)} with these options for the JVM. */
    private LoggedJvm.Run imgslim(List<String> jvmOptions, String... args) throws Exception {
        return LoggedJvm.run(dir, jvmOptions, Main.class.getName(), args);
    }

    @Test
    void versionBuildsNoCommandModelAndLoadsNoLibrary() throws Exception {
        LoggedJvm.Run r = imgslim("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("imgslim ");
        assertThat(r.classes()).contains(Main.class.getName()); // the log did record the run's classes
        assertThat(r.classes()).doesNotContain("picocli.CommandLine");
        assertThat(r.classes()).noneMatch(c -> c.startsWith("jdk.proxy"));
        assertLoadsNoneOf(
                r.classes(),
                "picocli.CommandLine$Model",
                "com.fasterxml.",
                "org.yaml.",
                "com.github.dockerjava.",
                "dev.imgslim.rules.");
    }

    @Test
    void aPlainLintLoadsNoDataBindingYamlDockerClientOrImageAnalysis() throws Exception {
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n");
        LoggedJvm.Run r = imgslim("lint", "--no-fail", "-f", "plain", "--no-shellcheck", "Dockerfile");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("Dockerfile:2:").contains("[IS302 apt-lists-not-removed]");
        assertThat(r.classes()).contains("dev.imgslim.rules.LintEngine");
        // Commands are declared in code: picocli reads no annotation, so none of the proxy classes the JVM
        // generates per annotation type (and CDS cannot archive) come from it; the catalog's Jackson
        // annotations still make two.
        assertThat(r.classes())
                .as("annotation proxies")
                .filteredOn(c -> c.startsWith("jdk.proxy"))
                .hasSizeLessThanOrEqualTo(2);
        // The command line is read without picocli (PlainArguments): none of its classes is loaded
        assertThat(r.classes()).contains("dev.imgslim.cli.PlainArguments");
        assertLoadsNoneOf(
                r.classes(),
                "picocli.",
                "com.fasterxml.jackson.databind.",
                "org.yaml.",
                "com.github.dockerjava.",
                "com.sun.jna.",
                "org.apache.",
                "com.google.",
                "dev.imgslim.analyze.");
    }

    @Test
    void theCatalogIsReadWithoutAJsonLibraryOrAnnotations() throws Exception {
        LoggedJvm.Run r = plainLintOf("FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n");
        assertThat(r.out()).contains("[IS302 apt-lists-not-removed]");
        // the FROM was looked up, so the catalog's families were read...
        assertThat(r.classes()).contains("dev.imgslim.catalog.FamilyData", "dev.imgslim.catalog.SizeFigure");
        // ...by the catalog's own reader: no JSON parser library, no annotation read for the enum names
        assertLoadsNoneOf(r.classes(), "com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.annotation.");
    }

    @Test
    void aLintWhoseFromNamesNoImageDoesNotReadTheCatalog() throws Exception {
        LoggedJvm.Run r = plainLintOf("ARG BASE\nFROM ${BASE}\nRUN echo hi\n");
        assertThat(r.out()).contains("[IS516 invalid-default-arg-in-from]");
        assertThat(r.classes()).contains("dev.imgslim.rules.LintEngine");
        assertLoadsNoneOf(r.classes(), "dev.imgslim.catalog.FamilyData", "dev.imgslim.catalog.Catalog$CompiledFamily");
    }

    @Test
    void aLintWhoseFromNamesAnImageTheCatalogCannotKnowDoesNotReadIt() throws Exception {
        // the build's keys (CatalogKeys) say no family names this repository
        LoggedJvm.Run r = plainLintOf("FROM nvcr.io/nvidia/nemo:24.01\nRUN apt-get update\n");
        assertThat(r.out()).contains("[IS302 apt-lists-not-removed]");
        assertThat(r.classes()).contains("dev.imgslim.catalog.CatalogKeys");
        assertLoadsNoneOf(r.classes(), "dev.imgslim.catalog.FamilyData", "dev.imgslim.catalog.Catalog$CompiledFamily");
    }

    @Test
    void theClassDataTrainingLineLoadsBothCommandLineReaders() throws Exception {
        // ArchiveTraining runs 'lint OPTIONS -- PATHS' among its commands: the plain reader reads the options
        // and leaves the line to picocli at '--', so the archive holds the classes of both.
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:bookworm\nRUN apt-get update\n");
        LoggedJvm.Run r = imgslim("lint", "--format", "plain", "--no-fail", "--no-shellcheck", "--", "Dockerfile");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("[IS302 apt-lists-not-removed]");
        assertThat(r.classes())
                .contains(
                        "dev.imgslim.cli.PlainArguments$Reading",
                        "picocli.CommandLine$Model$CommandSpec",
                        "dev.imgslim.cli.Lint");
    }

    @Test
    void aLintMakesNoLambdaOfAPicocliInterface() throws Exception {
        // Making such a lambda's class links the interface when the class-data archive is dumped, and a linked
        // Java 5 class (picocli's) is left out of the archive with every class implementing it: picocli's ~25
        // built-in converters and its handlers were then read and verified from the jar on every run.
        Path classList = dir.resolve("classes.lst");
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:bookworm\nRUN apt-get update\n");
        LoggedJvm.Run r = imgslim(
                List.of("-XX:DumpLoadedClassList=" + classList),
                "lint",
                "--no-fail",
                "-f",
                "plain",
                "--no-shellcheck",
                "--severity",
                "IS302=error",
                "--ignore",
                "IS303",
                "--build-arg",
                "A=b",
                "--", // read by picocli
                "Dockerfile");
        assertThat(r.code()).as(r.out()).isZero();
        List<String> lambdas = Files.readAllLines(classList, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("@lambda-proxy "))
                .toList();
        // "@lambda-proxy CALLER METHOD (CAPTURED)INTERFACE; ...": the lambdas were recorded...
        assertThat(lambdas).isNotEmpty();
        // ...and none is of a picocli type
        assertThat(lambdas).noneMatch(l -> l.split(" ")[3].contains(")Lpicocli/"));
    }

    /**
     * On JDK 17 each lambda, method reference or stream pipeline costs ~0.1 ms of interpreted linking the
     * first time it runs, even from the class-data archive: a one-file lint linked 100 of imgslim's (a third
     * of its main thread's samples), so the code every lint runs uses loops and named classes instead (the
     * JDK's own, of its regular expressions, remain). This file reaches the size, base-image, context and
     * report code most lints run.
     */
    @Test
    void aOneFileLintLinksNoLambdaOfImgslims() throws Exception {
        LoggedJvm.Run r = plainLintOf("FROM python:3.12\n"
                + "RUN apt-get update && apt-get install -y gcc curl\n"
                + "COPY requirements.txt .\n"
                + "RUN pip install -r requirements.txt\n"
                + "RUN rm -rf /var/lib/apt/lists/*\n"
                + "COPY . /app\n"
                + "RUN chown -R nobody /app\n"
                + "CMD [\"python\", \"/app/main.py\"]\n");
        assertThat(r.out()).contains("build-image-in-final-stage", "delete-in-later-layer", "package-cache-left");
        List<String> lambdas = r.classes().stream()
                .filter(c -> c.startsWith("dev.imgslim.") && c.contains("$$Lambda$"))
                .toList();
        // Where one shows up: a loop, a named class or LintContext.sharedOrNull instead.
        assertThat(lambdas)
                .as("imgslim's lambda classes a one-file lint linked")
                .isEmpty();
    }

    /** A plain lint, without ShellCheck, of one Dockerfile with this text; it must not fail. */
    private LoggedJvm.Run plainLintOf(String dockerfile) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        LoggedJvm.Run r = imgslim("lint", "--no-fail", "-f", "plain", "--no-shellcheck", "Dockerfile");
        assertThat(r.code()).as(r.out()).isZero();
        return r;
    }

    private static void assertLoadsNoneOf(List<String> classes, String... prefixes) {
        for (String prefix : prefixes) {
            assertThat(classes).as("classes named %s...", prefix).noneMatch(c -> c.startsWith(prefix));
        }
    }
}
