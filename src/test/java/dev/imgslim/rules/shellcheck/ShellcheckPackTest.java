package dev.imgslim.rules.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one file that holds the cache entries of recent runs: what it answers, and what it keeps. */
class ShellcheckPackTest {
    @TempDir
    Path dir;

    private static final ShellcheckProcess.Comment SC2086 =
            new ShellcheckProcess.Comment("", 2, 6, 2, 8, "info", 2086, "Double quote to prevent globbing.");
    private static final ShellcheckProcess.Comment SC2006 =
            new ShellcheckProcess.Comment("", 2, 6, 2, 12, "style", 2006, "Use $(...) notation.");

    private Path write(byte[] bytes) throws Exception {
        Path p = dir.resolve("pack");
        Files.write(p, bytes);
        return p;
    }

    private static Map<String, List<ShellcheckProcess.Comment>> fresh(Object... scriptsAndComments) {
        Map<String, List<ShellcheckProcess.Comment>> out = new LinkedHashMap<>();
        for (int i = 0; i < scriptsAndComments.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<ShellcheckProcess.Comment> c = (List<ShellcheckProcess.Comment>) scriptsAndComments[i + 1];
            out.put((String) scriptsAndComments[i], c);
        }
        return out;
    }

    @Test
    void answersTheScriptsItWasWrittenWithForTheSameExecutableOnly() throws Exception {
        Path p = write(ShellcheckPack.EMPTY.with(
                fresh(
                        "#!/bin/sh\necho $x\n",
                        List.of(SC2086),
                        "#!/bin/sh\necho `date`\n",
                        List.of(SC2006),
                        "#!/bin/sh\necho clean é\n",
                        List.of()),
                "shellcheck 0.9",
                ShellcheckPack.MAX_BYTES));
        ShellcheckPack pack = ShellcheckPack.read(p, "shellcheck 0.9");
        assertThat(pack.size()).isEqualTo(3);
        assertThat(pack.get("#!/bin/sh\necho $x\n")).contains(List.of(SC2086));
        assertThat(pack.get("#!/bin/sh\necho `date`\n")).contains(List.of(SC2006));
        assertThat(pack.get("#!/bin/sh\necho clean é\n")).contains(List.of());
        assertThat(pack.get("#!/bin/sh\necho $y\n")).isEmpty();

        assertThat(ShellcheckPack.read(p, "shellcheck 0.10").size()).isZero();
        assertThat(ShellcheckPack.read(dir.resolve("missing"), "shellcheck 0.9").size())
                .isZero();
    }

    @Test
    void aHashOnlyFindsAnEntryTheScriptInItMustBeTheOneAskedFor() throws Exception {
        String asked = "#!/bin/sh\necho $y\n";
        byte[] entry =
                ShellcheckCache.encode("#!/bin/sh\necho $x\n", List.of(SC2086)).getBytes(StandardCharsets.UTF_8);
        // an entry filed under the hash of another script (what a hash collision looks like)
        String text = "imgslim-shellcheck-pack 1\nid\n" + asked.hashCode() + " " + entry.length + "\n";
        Path p = write(concat(text.getBytes(StandardCharsets.UTF_8), entry));
        ShellcheckPack pack = ShellcheckPack.read(p, "id");
        assertThat(pack.size()).isEqualTo(1);
        assertThat(pack.get(asked)).isEmpty();
        assertThat(pack.get("#!/bin/sh\necho $x\n")).isEmpty(); // filed under the wrong hash: not found either
    }

    @Test
    void aDamagedPackIsNoPack() throws Exception {
        byte[] good = ShellcheckPack.EMPTY.with(
                fresh("#!/bin/sh\necho $x\n", List.of(SC2086)), "id", ShellcheckPack.MAX_BYTES);
        assertThat(ShellcheckPack.read(write(good), "id").size()).isEqualTo(1);
        // cut short, a length that runs past the end, and no numbers where they belong
        assertThat(ShellcheckPack.read(write(java.util.Arrays.copyOf(good, good.length - 3)), "id")
                        .size())
                .isZero();
        String head = "imgslim-shellcheck-pack 1\nid\n";
        assertThat(ShellcheckPack.read(write((head + "5 999\nabc").getBytes(StandardCharsets.UTF_8)), "id")
                        .size())
                .isZero();
        assertThat(ShellcheckPack.read(write((head + "x y\nabc").getBytes(StandardCharsets.UTF_8)), "id")
                        .size())
                .isZero();
        assertThat(ShellcheckPack.read(write("not a pack\n".getBytes(StandardCharsets.UTF_8)), "id")
                        .size())
                .isZero();
        // a well-formed pack holding a damaged entry: a miss, not an error
        String script = "echo $x\n";
        String entry =
                "imgslim-shellcheck-cache 1\n" + script.length() + "\n" + script + "\nx\ty\t1\t2\tinfo\t2086\tm\n";
        ShellcheckPack damaged = ShellcheckPack.read(
                write((head + script.hashCode() + " " + entry.length() + "\n" + entry)
                        .getBytes(StandardCharsets.UTF_8)),
                "id");
        assertThat(damaged.size()).isEqualTo(1);
        assertThat(damaged.get(script)).isEmpty();
        assertThat(ShellcheckCache.decode(entry.replace("x\ty", "1\t2"), script))
                .isPresent(); // the damage was all
    }

    @Test
    void writtenAgainItKeepsWhatTheRunLearnedThenWhatItUsedThenTheRestWhileTheyFit() throws Exception {
        byte[] first = ShellcheckPack.EMPTY.with(
                fresh("echo a\n", List.of(), "echo b\n", List.of(), "echo c\n", List.of(SC2086)), "id", 1 << 20);
        ShellcheckPack pack = ShellcheckPack.read(write(first), "id");
        assertThat(pack.get("echo c\n")).isPresent(); // used by this run

        String next = new String(
                pack.with(fresh("echo d\n", List.of(SC2006), "echo a\n", List.of()), "id", 1 << 20),
                StandardCharsets.UTF_8);
        assertThat(List.of(
                        next.indexOf("echo d\n"),
                        next.indexOf("echo a\n"),
                        next.indexOf("echo c\n"),
                        next.indexOf("echo b\n")))
                .isSorted()
                .doesNotContain(-1);
        assertThat(next.split("\necho a\n", -1)).hasSize(2); // learned again: kept once

        // Too small for everything: the entries first in that order are kept, whole (d, c; not a, b).
        String full = new String(pack.with(fresh("echo d\n", List.of(SC2006)), "id", 1 << 20), StandardCharsets.UTF_8);
        int aEntry = full.lastIndexOf("imgslim-shellcheck-cache 1", full.indexOf("echo a\n"));
        int aLine = full.lastIndexOf('\n', aEntry - 2) + 1;
        ShellcheckPack kept =
                ShellcheckPack.read(write(pack.with(fresh("echo d\n", List.of(SC2006)), "id", aLine + 5)), "id");
        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.get("echo d\n")).contains(List.of(SC2006));
        assertThat(kept.get("echo c\n")).contains(List.of(SC2086));
        assertThat(kept.get("echo a\n")).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
