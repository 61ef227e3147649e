package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.lint.FileResult;
import dev.imgslim.lint.LintRun;
import dev.imgslim.lint.LintSettings;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format written file by file while the lint runs gives the bytes it gives from the whole
 * result: on the rule samples (findings with savings, fixes, carets) plus files that cannot be linted.
 */
class ReportStreamTest {
    @TempDir
    Path dir;

    @Test
    void eachFormatStreamedIsTheSameAsWrittenAtTheEnd() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("samples"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".Dockerfile"))
                    .map(Path::toString)
                    .sorted()
                    .forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(100);
        Path empty = Files.writeString(dir.resolve("zz-empty.Dockerfile"), "");
        Path broken = Files.writeString(dir.resolve("zz-broken.Dockerfile"), "FROM x\nNOPE y\n");
        files.add(empty.toString());
        files.add(broken.toString());
        files.sort(null);

        LintRun run = new LintRun(
                dev.imgslim.rules.LintEngine.builtin(),
                LintSettings.of(Config.defaults().withShellcheck(false)),
                new ByteArrayInputStream(new byte[0]));
        List<FileResult> results = new ArrayList<>();
        run.run(files, results::add);
        List<Finding> findings = new ArrayList<>();
        List<LintResult.FileError> errors = new ArrayList<>();
        Map<String, List<String>> lines = new HashMap<>();
        for (FileResult r : results) {
            findings.addAll(r.findings());
            if (r.error() != null) errors.add(r.error());
            if (r.parsed() != null)
                lines.put(r.file(), r.parsed().source().text().lines().toList());
        }
        assertThat(errors).hasSize(2);
        assertThat(findings).hasSizeGreaterThan(100);
        ReportContext ctx = ReportContext.defaults("1.0").withSourceLines(f -> lines.getOrDefault(f, List.of()));

        for (String format : Reporters.names()) {
            boolean lineFormat = format.equals("tty") || format.equals("plain");
            for (boolean color : List.of(false, true)) {
                ReportContext c = ctx.withColor(color);
                StringWriter whole = new StringWriter();
                // the CLI sends file errors of the line formats to stderr, not into the report
                Reporters.forName(format)
                        .write(
                                new LintResult(files, findings, lineFormat ? List.of() : errors),
                                c,
                                new PrintWriter(whole));
                StringWriter streamed = new StringWriter();
                PrintWriter out = new PrintWriter(streamed);
                ReportStream stream = Reporters.forName(format).stream(c, out);
                for (FileResult r : results) {
                    stream.file(r.file(), r.findings(), lineFormat ? null : r.error(), () -> lines.get(r.file()));
                }
                stream.end();
                out.flush();
                assertThat(streamed.toString())
                        .as(format)
                        .isEqualTo(whole.toString())
                        .isNotEmpty();
            }
        }
    }
}
