package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report never replaces an input, never vanishes silently, and lands with the mode a user expects. */
class ReportDestinationTest {
    @TempDir
    Path dir;

    private Path dockerfile() throws Exception {
        Path p = dir.resolve("Dockerfile");
        Files.writeString(p, "FROM python:3.12\nRUN apt-get update && apt-get install -y curl\n");
        return p;
    }

    @Test
    void outputNamingAnInputIsRefusedAndTheInputKept() throws Exception {
        Path df = dockerfile();
        String before = Files.readString(df);
        for (String spelling :
                new String[] {df.toString(), dir.resolve("./x/../Dockerfile").toString()}) {
            Cli r = Cli.run("lint", "-o", spelling, dir.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("is an input").doesNotContain("Exception");
            assertThat(Files.readString(df)).isEqualTo(before);
        }
        Path link = dir.resolve("report-link.txt");
        Files.createSymbolicLink(link, df);
        Cli viaLink = Cli.run("lint", "-o", link.toString(), df.toString());
        assertThat(viaLink.exitCode()).isEqualTo(2);
        assertThat(Files.readString(df)).isEqualTo(before);
    }

    @Test
    void aFailedWriteToStdoutIsAnError() throws Exception {
        Path df = dockerfile();
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full");
        StringWriter err = new StringWriter();
        try (CheckedPrintWriter full = new CheckedPrintWriter(
                new OutputStreamWriter(new FileOutputStream("/dev/full"), StandardCharsets.UTF_8))) {
            int code = Main.run(
                    Map.of(), full, new PrintWriter(err, true), "lint", "--no-fail", "-f", "json", df.toString());
            assertThat(code).isEqualTo(2);
        }
        assertThat(err.toString().trim())
                .isEqualTo("imgslim: cannot write the report to standard output: no space left on device");
    }

    @Test
    void outputFailuresAreUsageErrorsInPlainWords() throws Exception {
        Path df = dockerfile();
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path aFile = Files.writeString(dir.resolve("plain.txt"), "x");
        String[][] cases = {
            {readOnly.resolve("report.txt").toString(), "permission denied"},
            {dir.toString(), "is a directory"},
            {aFile.resolve("report.txt").toString(), "is not a folder"},
            {"", "empty path"},
            {"/proc/imgslim-report.txt", ""},
        };
        try {
            for (String[] c : cases) {
                if (c[1].equals("permission denied") && Files.isWritable(readOnly)) continue; // root writes anywhere
                Cli r = Cli.run("lint", "--no-fail", "-o", c[0], df.toString());
                assertThat(r.exitCode()).as(c[0] + ": " + r.err()).isEqualTo(2);
                assertThat(r.err())
                        .as(c[0])
                        .startsWith("imgslim: cannot write the report to " + c[0] + ": ")
                        .contains(c[1])
                        .doesNotContain("Exception")
                        .doesNotContain("internal error");
                assertThat(r.err().lines().count()).isEqualTo(1);
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aNewReportGetsTheUmaskModeAnExistingOneKeepsItsMode() throws Exception {
        Path df = dockerfile();
        Path fresh = dir.resolve("fresh.txt");
        Cli r = Cli.run("lint", "--no-fail", "-o", fresh.toString(), df.toString());
        assertThat(r.exitCode()).isZero();
        // what the umask gives a file created without explicit permissions (as the shell's > would)
        Path probe = Files.createFile(dir.resolve("umask-probe"));
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(probe));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isNotEqualTo("rw-------");

        Path shared = Files.writeString(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        Cli again = Cli.run("lint", "--no-fail", "-o", shared.toString(), df.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
                .isEqualTo("rw-rw-r--");
        assertThat(Files.readString(shared)).contains("apt-lists-not-removed");
    }

    @Test
    void aSymlinkAtTheOutputPathIsWrittenThrough() throws Exception {
        Path df = dockerfile();
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path real = reports.resolve("lint.txt");
        Files.writeString(real, "old");
        Path link = dir.resolve("latest.txt");
        Files.createSymbolicLink(link, Path.of("reports/lint.txt"));
        Cli r = Cli.run("lint", "--no-fail", "-f", "plain", "-o", link.toString(), df.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("apt-lists-not-removed");
        try (var left = Files.list(reports)) {
            assertThat(left).containsExactly(real); // no temporary file left behind
        }
    }

    @Test
    void endlessOrHugeInputIsRefusedAtTheCap() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")));
        Cli zero = Cli.run("lint", "/dev/zero");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err().trim())
                .isEqualTo(
                        "/dev/zero:1:1: error: larger than 4 MiB, not a Dockerfile (raise the limit with --max-file-size)");
        Path big = dir.resolve("Dockerfile.big");
        // 1.2 MB of comments: over a 1MiB cap, cheap to lint under a larger one
        Files.writeString(big, "FROM alpine\n" + ("# " + "x".repeat(998) + "\n").repeat(1200) + "CMD [\"sh\"]\n");
        assertThat(Cli.run("lint", "--max-file-size", "1MiB", big.toString()).err())
                .contains("larger than 1 MiB");
        assertThat(Cli.run("lint", "--no-fail", "--max-file-size", "8MiB", big.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void nulBytesAreReportedNotEchoed() throws Exception {
        Path bin = dir.resolve("Dockerfile");
        Files.write(bin, new byte[1000]);
        Cli r = Cli.run("lint", bin.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(bin + ":1:1: error: binary file").doesNotContain("\0");
        assertThat(r.err().length()).isLessThan(300);
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws Exception {
        Path df = dockerfile();
        Files.setPosixFilePermissions(df, PosixFilePermissions.fromString("-w-------"));
        assumeTrue(!Files.isReadable(df), "running as root");
        Cli r = Cli.run("lint", df.toString());
        assertThat(r.err().trim()).isEqualTo(df + ":1:1: error: cannot read: permission denied");
    }
}
