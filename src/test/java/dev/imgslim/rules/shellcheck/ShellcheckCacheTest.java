package dev.imgslim.rules.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.config.Severity;
import dev.imgslim.lint.LintRun;
import dev.imgslim.lint.LintSettings;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.syntax.DockerfileParser;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-hash cache of ShellCheck's results, and the notices for what ShellCheck did not check. */
class ShellcheckCacheTest {
    @TempDir
    Path dir;

    private Path calls;
    private Path counting;

    @BeforeEach
    void countingShellcheck() throws Exception {
        ShellcheckInstalled.require();
        calls = dir.resolve("calls.log");
        counting = script(
                "counting-shellcheck",
                "#!/bin/sh\necho \"$@\" >> '" + calls + "'\nexec '" + ShellcheckInstalled.path() + "' \"$@\"\n");
    }

    private static List<Finding> lint(String dockerfile, Rule rule) {
        try {
            return new LintEngine(List.of(rule))
                    .lint(
                            new DockerfileParser().parse("Dockerfile", dockerfile),
                            new LintOptions(Config.defaults(), Map.of(), null, null, null));
        } catch (dev.imgslim.syntax.DockerfileParseException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> callsSoFar() throws Exception {
        List<String> out = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        Files.deleteIfExists(calls);
        return out;
    }

    @Test
    void aSecondRunOverUnchangedScriptsStartsNoShellcheckAndReportsTheSame() throws Exception {
        Rule rule = new ShellcheckRule(counting, Duration.ofSeconds(30), dir.resolve("cache"));
        String df = "FROM debian\nRUN echo $a1 && cd /x\nRUN [ -z $b ] && echo `date`\nRUN echo fine\n";
        List<Finding> cold = lint(df, rule);
        assertThat(cold).extracting(f -> f.rule().code()).contains("SC2086", "SC2154", "SC2006");
        assertThat(callsSoFar()).hasSize(1);

        List<Finding> warm = lint(df, new ShellcheckRule(counting, Duration.ofSeconds(30), dir.resolve("cache")));
        assertThat(callsSoFar()).isEmpty();
        assertThat(warm).usingRecursiveFieldByFieldElementComparator().isEqualTo(cold);

        // One RUN changed: only its script goes to ShellCheck; the others come from the cache.
        List<Finding> edited = lint(df.replace("RUN echo fine", "RUN echo $c3"), rule);
        List<String> c = callsSoFar();
        assertThat(c).hasSize(1);
        assertThat(c.get(0)).contains("run-3.sh").doesNotContain("run-1.sh", "run-2.sh");
        assertThat(edited).extracting(Finding::line).contains(2, 3, 4);
    }

    private LintRun lintRun(ShellcheckRule rule) {
        return new LintRun(
                new LintEngine(List.of(rule)),
                LintSettings.of(Config.defaults()),
                new ByteArrayInputStream(new byte[0]));
    }

    private List<String> dockerfiles(int n) throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve("d" + i + ".Dockerfile");
            Files.writeString(
                    f, "FROM debian\nRUN echo $a" + i + " && cd /x\nRUN [ -z $b ] && echo `date` " + i + "\n");
            files.add(f.toString());
        }
        return files;
    }

    private static List<String> findings(LintRun run, List<String> files) {
        List<String> out = new ArrayList<>();
        run.run(files, r -> r.findings()
                .forEach(f -> out.add(r.file() + ":" + f.line() + ":" + f.column() + " "
                        + f.rule().code() + " " + f.message())));
        return out;
    }

    private List<Path> packs(Path cache) throws Exception {
        try (var s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().startsWith("pack-")).toList();
        }
    }

    private void deleteEntryFiles(Path cache) throws Exception {
        try (var s = Files.list(cache)) {
            for (Path sub : s.filter(Files::isDirectory).toList()) dev.imgslim.lint.ScratchFolders.deleteQuietly(sub);
        }
    }

    @Test
    void aRunTheCacheAnswersReadsOnePackAndWritesNothing() throws Exception {
        Path cache = dir.resolve("cache");
        List<String> files = dockerfiles(6);
        ShellcheckRule cold = new ShellcheckRule(counting, Duration.ofSeconds(30), cache);
        List<String> first = findings(lintRun(cold), files);
        assertThat(first).anyMatch(f -> f.contains("SC2086")).anyMatch(f -> f.contains("SC2006"));
        assertThat(callsSoFar()).isNotEmpty();
        assertThat(cold.scriptsSubmitted()).isEqualTo(12);
        // The run ended by writing its results into one pack as well as into an entry file each.
        assertThat(packs(cache)).hasSize(1);
        Path pack = packs(cache).get(0);
        byte[] packed = Files.readAllBytes(pack);
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(pack);

        // Without the entry files the pack alone answers: no ShellCheck, the same findings, nothing written.
        deleteEntryFiles(cache);
        ShellcheckRule warm = new ShellcheckRule(counting, Duration.ofSeconds(30), cache);
        assertThat(findings(lintRun(warm), files)).isEqualTo(first);
        assertThat(callsSoFar()).isEmpty();
        assertThat(warm.scriptsSubmitted()).isZero();
        try (var s = Files.list(cache)) {
            assertThat(s.toList()).containsExactly(pack);
        }
        assertThat(Files.readAllBytes(pack)).isEqualTo(packed);
        assertThat(Files.getLastModifiedTime(pack)).isEqualTo(written);
    }

    @Test
    void aDamagedPackCostsReadsOfTheEntryFilesAndIsWrittenAgain() throws Exception {
        Path cache = dir.resolve("cache");
        List<String> files = dockerfiles(3);
        List<String> first = findings(lintRun(new ShellcheckRule(counting, Duration.ofSeconds(30), cache)), files);
        callsSoFar();
        Path pack = packs(cache).get(0);
        Files.writeString(pack, "imgslim-shellcheck-pack 1\ngarbage");

        assertThat(findings(lintRun(new ShellcheckRule(counting, Duration.ofSeconds(30), cache)), files))
                .isEqualTo(first);
        assertThat(callsSoFar()).isEmpty();
        // what the entry files gave went into the pack again: it answers alone now
        deleteEntryFiles(cache);
        assertThat(findings(lintRun(new ShellcheckRule(counting, Duration.ofSeconds(30), cache)), files))
                .isEqualTo(first);
        assertThat(callsSoFar()).isEmpty();
    }

    @Test
    void anEntryIsUsedOnlyForTheScriptItWasMadeFor() throws Exception {
        ShellcheckProcess.Comment c =
                new ShellcheckProcess.Comment("", 3, 6, 3, 8, "info", 2086, "Double quote\tto prevent globbing.");
        String entry = ShellcheckCache.encode("#!/bin/sh\necho $x\n", List.of(c));
        Optional<List<ShellcheckProcess.Comment>> back = ShellcheckCache.decode(entry, "#!/bin/sh\necho $x\n");
        assertThat(back).isPresent();
        assertThat(back.get())
                .containsExactly(new ShellcheckProcess.Comment(
                        "", 3, 6, 3, 8, "info", 2086, "Double quote to prevent globbing."));
        assertThat(ShellcheckCache.decode(entry, "#!/bin/sh\necho $y\n")).isEmpty();
        assertThat(ShellcheckCache.decode("something else\n", "#!/bin/sh\necho $x\n"))
                .isEmpty();

        ShellcheckCache cache = ShellcheckCache.at(dir.resolve("c"), counting);
        assertThat(cache.get("echo $x\n")).isEmpty();
        cache.put("echo $x\n", List.of(c));
        assertThat(cache.get("echo $x\n")).isPresent();
        assertThat(cache.get("echo $y\n")).isEmpty();
        // Another ShellCheck executable has its own entries, and its own pack.
        assertThat(ShellcheckCache.at(dir.resolve("c"), ShellcheckInstalled.path())
                        .get("echo $x\n"))
                .isEmpty();
        cache.storeRun();
        ShellcheckCache other = ShellcheckCache.at(dir.resolve("c"), ShellcheckInstalled.path());
        other.storeRun(); // learned nothing: writes no pack
        try (var s = Files.list(dir.resolve("c"))) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("pack-")))
                    .hasSize(1);
        }
        assertThat(other.get("echo $x\n")).isEmpty();
        assertThat(ShellcheckCache.at(dir.resolve("c"), counting).get("echo $x\n"))
                .isPresent();
    }

    @Test
    void theCacheLivesInTheCacheFolderOfTheRunsEnvironment() {
        assertThat(ShellcheckRule.cacheFolder(Map.of("XDG_CACHE_HOME", "/var/cache/u", "HOME", "/home/u")))
                .isEqualTo(Path.of("/var/cache/u/imgslim/shellcheck"));
        // A relative XDG_CACHE_HOME is invalid by the specification and ignored.
        assertThat(ShellcheckRule.cacheFolder(Map.of("XDG_CACHE_HOME", "rel", "HOME", "/home/u")))
                .isEqualTo(Path.of("/home/u/.cache/imgslim/shellcheck"));
        assertThat(ShellcheckRule.cacheFolder(Map.of("HOME", "/home/u")))
                .isEqualTo(Path.of("/home/u/.cache/imgslim/shellcheck"));
        // No HOME (or an empty or relative one): no folder to keep results in, not the JVM's user.home.
        assertThat(ShellcheckRule.cacheFolder(Map.of())).isNull();
        assertThat(ShellcheckRule.cacheFolder(Map.of("HOME", ""))).isNull();
        assertThat(ShellcheckRule.cacheFolder(Map.of("HOME", "rel"))).isNull();
        assertThat(ShellcheckRule.cacheFolder(Map.of("XDG_CACHE_HOME", "rel"))).isNull();
    }

    @Test
    void aTimeoutIsSaidOnTheFirstUncheckedRunAndNothingIsCached() throws Exception {
        Path hang = script("hanging-shellcheck", "#!/bin/sh\nsleep 20\n");
        List<Finding> f = lint(
                "FROM x\nRUN echo $x\nRUN echo $y\n",
                new ShellcheckRule(hang, Duration.ofMillis(300), dir.resolve("cache")));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).line()).isEqualTo(2);
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(0).rule().code()).isEqualTo("IS700");
        assertThat(ShellcheckRule.isNotice(f.get(0).rule())).isTrue();
        assertThat(f.get(0).message())
                .isEqualTo(
                        "not checked by ShellCheck: it did not finish within 300 ms on the scripts of the RUNs on lines 2, 3");
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void aScriptTooLongForShellcheckIsSkippedWithANotice() throws Exception {
        StringBuilder df = new StringBuilder("FROM debian\nRUN echo $short\nRUN true \\\n");
        for (int i = 0; i < 1000; i++) df.append("  && echo line").append(i).append(" \\\n");
        df.append("  && true\n");
        List<Finding> f = lint(df.toString(), new ShellcheckRule(counting, Duration.ofSeconds(30)));
        Finding notice = f.stream()
                .filter(x -> ShellcheckRule.isNotice(x.rule()))
                .findFirst()
                .orElseThrow();
        assertThat(notice.line()).isEqualTo(3);
        assertThat(notice.message())
                .startsWith("not checked by ShellCheck: this RUN's script has ")
                .contains(" characters, over the 10000 it is given");
        assertThat(f).extracting(Finding::line).contains(2);
        List<String> c = callsSoFar();
        assertThat(c).hasSize(1);
        assertThat(c.get(0)).contains("run-1.sh").doesNotContain("run-2.sh");
    }

    private Path script(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }
}
