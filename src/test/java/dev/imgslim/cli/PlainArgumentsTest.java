package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A plain lint command line is read without picocli ({@link PlainArguments}); what it reads must be what
 * picocli reads, and what it does not read is left to picocli, whose messages and exit codes stay.
 */
class PlainArgumentsTest {
    private static final String BAD = "samples/apt-lists-not-removed/bad.Dockerfile";
    private static final String GOOD = "samples/apt-lists-not-removed/good.Dockerfile";

    /** Command lines the plain reader takes: each must read as picocli reads it, field by field. */
    private static final List<List<String>> PLAIN = List.of(
            List.of("lint", BAD),
            List.of("lint", BAD, GOOD),
            List.of("lint", "-"),
            List.of("lint", "samples/apt-lists-not-removed"),
            List.of("lint", "-f", "json", BAD),
            List.of("lint", "--format", "sarif", BAD),
            List.of("lint", "--format=plain", BAD),
            List.of("lint", "-o", "report.json", "-f", "json", BAD),
            List.of("lint", "--output=out/report.txt", BAD),
            List.of("lint", "--failure-threshold", "error", BAD),
            List.of("lint", "--failure-threshold=WARN", BAD),
            List.of("lint", "--no-fail", "--no-color", "--no-shellcheck", BAD),
            List.of("lint", "--size", "--probe", "--registry", "--verbose", BAD),
            List.of("lint", "-c", ".imgslim.yaml", BAD),
            List.of("lint", "--config=cfg/imgslim.yaml", BAD),
            List.of("lint", "--ignore", "IS302", BAD),
            List.of("lint", "--ignore", "IS302,DL3008", "--ignore=apt-unpinned", BAD),
            List.of("lint", "--ignore", "IS302, DL3008", BAD),
            List.of("lint", "--ignore", " ", BAD),
            List.of("lint", "--enable", "label-missing,healthcheck-missing", BAD),
            List.of("lint", "--severity", "IS302=error", "--severity=DL3008=info", BAD),
            List.of("lint", "--severity", " IS302 = warn ", BAD),
            List.of("lint", "--build-arg", "A=b", "--build-arg", "HOME", "--build-arg=C=", BAD),
            List.of("lint", "--target", "build", "--context", "samples", BAD),
            List.of("lint", "--trusted-registry", "docker.io", "--trusted-registry=ghcr.io", BAD),
            List.of("lint", "--size-budget", "500MB", "--max-file-size=1MiB", BAD),
            List.of("lint", "--max-file-size", "4096", BAD),
            List.of("lint", "--image", "alpine:3.20", BAD),
            List.of("lint", BAD, "--no-fail", GOOD, "-f", "json"),
            List.of("lint", "--format", "nope", BAD),
            List.of("lint", "--ignore", "no-such-rule", BAD),
            List.of("lint", "no/such/file"));

    /** Command lines it leaves to picocli (help, errors, forms it does not read). */
    private static final List<List<String>> LEFT_TO_PICOCLI = List.of(
            List.of("lint"),
            List.of("lint", "--help"),
            List.of("lint", "-h", BAD),
            List.of("lint", "--version"),
            List.of("lint", "-V", BAD),
            List.of("lint", "--no-fail"),
            List.of("lint", "--", BAD),
            List.of("lint", "@args.txt"),
            List.of("lint", "-fjson", BAD),
            List.of("lint", "-f=json", BAD),
            List.of("lint", "-f", "json", "--format", "plain", BAD),
            List.of("lint", "--no-fail", "--no-fail", BAD),
            List.of("lint", "--no-fail=true", BAD),
            List.of("lint", "--nofail", BAD),
            List.of("lint", "--Format", "json", BAD),
            List.of("lint", "-x", BAD),
            List.of("lint", BAD, "--format"),
            List.of("lint", "--format", "--no-fail", BAD),
            List.of("lint", "--format=", BAD),
            List.of("lint", "--failure-threshold", "fatal", BAD),
            List.of("lint", "--size-budget", "0", BAD),
            List.of("lint", "--max-file-size", "lots", BAD),
            List.of("lint", "--severity", "IS302", BAD),
            List.of("lint", "--severity", "IS302=loud", BAD),
            List.of("lint", "--build-arg", "=x", BAD),
            List.of("lint", "--ignore", "IS302,", BAD),
            List.of("lint", "--ignore", ",IS302", BAD),
            List.of("lint", "--ignore", "IS302,,DL3008", BAD),
            List.of("lint", "--ignore", "\"IS302,DL3008\"", BAD),
            List.of("lint", "-o", "-", BAD),
            List.of("lint", "-c", "@cfg", BAD),
            List.of("fix", BAD),
            List.of("rules"));

    @Test
    void readsAPlainLintAsPicocliDoes() {
        for (List<String> line : PLAIN) {
            String[] args = line.toArray(String[]::new);
            LintArgs plain = PlainArguments.lint(args);
            assertThat(plain).as("%s is read without picocli", line).isNotNull();
            LintArgs picocli = picocliReading(args);
            assertThat(plain).as("%s", line).usingRecursiveComparison().isEqualTo(picocli);
            assertThat(plain).as("%s", line).isEqualTo(picocli);
        }
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (List<String> line : LEFT_TO_PICOCLI) {
            assertThat(PlainArguments.lint(line.toArray(String[]::new)))
                    .as("%s is left to picocli", line)
                    .isNull();
        }
    }

    @Test
    void aLintReadWithoutPicocliPrintsAndExitsAsWithIt(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("imgslim.yaml");
        Files.writeString(config, "ignore: [no-such-rule]\n");
        Path report = dir.resolve("report.json");
        List<List<String>> lines = new ArrayList<>(List.of(
                List.of("lint", "--no-shellcheck", BAD),
                List.of("lint", "--no-shellcheck", BAD, GOOD),
                List.of("lint", "--no-shellcheck", "-f", "json", BAD),
                List.of("lint", "--no-shellcheck", "--format=sarif", "--no-fail", BAD),
                List.of("lint", "--no-shellcheck", "--failure-threshold", "error", BAD),
                List.of("lint", "--no-shellcheck", "--ignore", "IS302,IS303", "--severity", "IS606=error", BAD),
                List.of("lint", "--no-shellcheck", "--size", "--build-arg", "A=b", BAD),
                List.of("lint", "--no-shellcheck", "--verbose", "-c", config.toString(), BAD),
                List.of("lint", "--no-shellcheck", "-f", "json", "-o", report.toString(), BAD),
                // usage errors and bad input found after the command line is read
                List.of("lint", "--format", "nope", BAD),
                List.of("lint", "--ignore", "no-such-rule", BAD),
                List.of("lint", "--enable", " ", BAD),
                List.of("lint", "--severity", "nope=error", BAD),
                List.of("lint", "--context", "no/such/folder", BAD),
                List.of("lint", "-", "-"),
                List.of("lint", "no/such/file"),
                List.of("lint", "-o", BAD, BAD)));
        for (List<String> line : lines) {
            String[] args = line.toArray(String[]::new);
            assertThat(PlainArguments.lint(args)).as("%s", line).isNotNull();
            Run plain = run(false, args);
            Files.deleteIfExists(report);
            Run picocli = run(true, args);
            assertThat(plain).as("%s", line).isEqualTo(picocli);
            if (line.contains(report.toString())) assertThat(report).isNotEmptyFile();
        }
        assertThat(run(false, "lint", "--format", "nope", BAD).err())
                .isEqualTo(
                        "imgslim: --format: unknown format 'nope' (expected one of: tty, plain, json, sarif, checkstyle,"
                                + " gitlab, github, junit)\nTry 'imgslim lint --help' for more information.\n");
    }

    private record Run(int code, String out, String err) {}

    private static Run run(boolean withPicocli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        Map<String, String> env = Cli.withTestCache(Map.of());
        int code = withPicocli ? PicocliRun.run(env, o, e, args) : Main.run(env, o, e, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The lint's command line as picocli reads it. */
    private static LintArgs picocliReading(String... args) {
        CommandLine cl = CommandTree.forArgs(Map.of(), args);
        cl.parseArgs(args);
        return ((LintCommand) cl.getSubcommands().get("lint").getCommand()).args();
    }
}
