package dev.imgslim.rules.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.lint.FileResult;
import dev.imgslim.lint.LintRun;
import dev.imgslim.lint.LintSettings;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lint of many files gives ShellCheck the scripts of many files per process, with the same findings. */
class ShellcheckBatchTest {
    @TempDir
    Path dir;

    private Path script(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    private static LintRun run(ShellcheckRule rule) {
        return new LintRun(
                new LintEngine(List.of(rule)),
                LintSettings.of(Config.defaults()),
                new ByteArrayInputStream(new byte[0]));
    }

    private static List<String> rendered(FileResult r) {
        List<String> out = new ArrayList<>();
        out.add("file " + r.file()
                + (r.error() == null ? "" : " error " + r.error().render()));
        for (Finding f : r.findings()) {
            out.add(f.line() + ":" + f.column() + "-" + f.span().endLine() + ":"
                    + f.span().endColumn() + " " + f.severity() + " " + f.rule().code() + " " + f.message());
        }
        return out;
    }

    private List<String> files(int n) throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve("d" + i + ".Dockerfile");
            String text = i == n - 1
                    // the same scripts as the first file: checked once, reported for both
                    ? Files.readString(dir.resolve("d0.Dockerfile"))
                    : "FROM debian\nRUN echo $a" + i + " && cd /x" + i + "\nRUN [ -z $b" + i + " ] && echo `date`\n"
                            + (i % 3 == 0 ? "RUN <<EOF\necho $c" + i + "\nEOF\n" : "RUN echo fine" + i + "\n");
            Files.writeString(f, text);
            files.add(f.toString());
        }
        return files;
    }

    @Test
    void manyFilesShareFewProcessesAndEachFileGetsWhatItGetsAlone() throws Exception {
        ShellcheckInstalled.require();
        Path calls = dir.resolve("calls.log");
        Path counting = script(
                "counting-shellcheck",
                "#!/bin/sh\necho \"$@\" >> '" + calls + "'\nexec '" + ShellcheckInstalled.path() + "' \"$@\"\n");
        List<String> files = files(40);

        List<String> alone = new ArrayList<>();
        for (String f : files) {
            alone.addAll(rendered(
                    run(new ShellcheckRule(counting, Duration.ofSeconds(60))).lintFile(f)));
        }
        assertThat(Files.readAllLines(calls)).hasSize(40);
        assertThat(alone).anyMatch(l -> l.contains("SC2086")).anyMatch(l -> l.contains("SC2006"));
        Files.delete(calls);

        List<String> batched = new ArrayList<>();
        run(new ShellcheckRule(counting, Duration.ofSeconds(60))).run(files, r -> batched.addAll(rendered(r)));
        assertThat(batched).isEqualTo(alone);
        List<String> processes = Files.readAllLines(calls);
        assertThat(processes).hasSizeLessThanOrEqualTo(10);
        // every script given to ShellCheck once (the 40th file repeats the first's: those may come from
        // the first's process, when it was still queued or running, or be checked again)
        long scripts =
                processes.stream().mapToLong(c -> c.split(" ").length - 2).sum();
        assertThat(scripts).isBetween(39L * 3, 40L * 3);
    }

    @Test
    void aScriptQueuedTwiceIsCheckedOnce() throws Exception {
        ShellcheckInstalled.require();
        Path calls = dir.resolve("calls.log");
        Path counting = script(
                "counting-shellcheck",
                "#!/bin/sh\necho \"$@\" >> '" + calls + "'\nexec '" + ShellcheckInstalled.path() + "' \"$@\"\n");
        ShellcheckBatcher b = new ShellcheckBatcher(counting, Duration.ofSeconds(60), null, 2);
        List<String> texts = List.of("#!/bin/sh\necho $a\n", "#!/bin/sh\necho `date`\n");
        ShellcheckBatcher.Ticket first = b.submit(texts, List.of("run-1.sh", "run-2.sh"));
        ShellcheckBatcher.Ticket second = b.submit(texts, List.of("run-1.sh", "run-2.sh"));
        List<ShellcheckBatcher.Result> one = first.await();
        List<ShellcheckBatcher.Result> two = second.await();
        assertThat(one).isEqualTo(two);
        assertThat(one.get(0).comments())
                .extracting(ShellcheckProcess.Comment::code)
                .contains(2154);
        assertThat(one.get(1).comments())
                .extracting(ShellcheckProcess.Comment::code)
                .contains(2006);
        assertThat(Files.readAllLines(calls)).hasSize(1);
    }

    @Test
    void aFileWaitingForAScriptAnotherFileQueuedStartsItsProcess() throws Exception {
        ShellcheckInstalled.require();
        ShellcheckBatcher b = new ShellcheckBatcher(ShellcheckInstalled.path(), Duration.ofSeconds(60), null, 2);
        List<String> texts = List.of("#!/bin/sh\necho $a\n");
        // Queued by the first file, too few to start a process; that file's lint never comes to wait for
        // it (its thread is busy, or waits itself). The second file's wait must start the process anyway.
        b.submit(texts, List.of("run-1.sh"));
        ShellcheckBatcher.Ticket second = b.submit(texts, List.of("run-1.sh"));
        List<ShellcheckBatcher.Result> results = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(120), second::await, "the second file waited for a process nobody started");
        assertThat(results.get(0).comments())
                .extracting(ShellcheckProcess.Comment::code)
                .contains(2154);
    }

    @Test
    void aBatchThatOutlivesTheTimeoutIsCheckedFileByFileAndOnlyTheSlowFileIsToldSo() throws Exception {
        Path calls = dir.resolve("calls.log");
        // Hangs on any script that says SLOW; else reports nothing. Logs a line per call: how many scripts
        // it was given and whether the slow one was among them.
        Path fake = script(
                "slow-shellcheck",
                "#!/bin/sh\nn=0; slow=no\n"
                        + "for a in \"$@\"; do case \"$a\" in --*) ;; *) n=$((n+1)); if grep -q SLOW \"$a\"; then slow=yes; fi;; esac; done\n"
                        + "echo \"$n $slow\" >> '" + calls + "'\n"
                        + "if [ $slow = yes ]; then exec sleep 30; fi\n"
                        + "echo '{\"comments\":[]}'\n");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path f = dir.resolve("d" + i + ".Dockerfile");
            Files.writeString(
                    f, "FROM debian\nRUN echo " + (i == 2 ? "SLOW" : "quick" + i) + "\nRUN echo more" + i + "\n");
            files.add(f.toString());
        }
        List<FileResult> results = new ArrayList<>();
        run(new ShellcheckRule(fake, Duration.ofSeconds(2))).run(files, results::add);

        assertThat(results).extracting(FileResult::file).isEqualTo(files);
        for (int i = 0; i < 6; i++) {
            List<Finding> f = results.get(i).findings();
            if (i == 2) {
                assertThat(f).hasSize(1);
                assertThat(ShellcheckRule.isNotice(f.get(0).rule())).isTrue();
                assertThat(f.get(0).line()).isEqualTo(2);
                assertThat(f.get(0).message())
                        .isEqualTo(
                                "not checked by ShellCheck: it did not finish within 2 s on the scripts of the RUNs on lines 2, 3");
            } else {
                assertThat(f).as(files.get(i)).isEmpty();
            }
        }
        // The slow file was checked alone at last: its two scripts, no one else's. Whether it first went in
        // a batch with other files depends on the lint threads' timing (files are handed to ShellCheck as
        // they are linted, in any order), so that is not asserted; but a batch that held it and timed out
        // must have been followed by that lone call, which the last slow call being alone shows.
        List<String> slowCalls = Files.readAllLines(calls).stream()
                .filter(call -> call.endsWith(" yes"))
                .toList();
        assertThat(slowCalls).isNotEmpty();
        assertThat(slowCalls.get(slowCalls.size() - 1)).isEqualTo("2 yes");
    }
}
