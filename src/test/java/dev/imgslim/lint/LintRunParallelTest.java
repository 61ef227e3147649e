package dev.imgslim.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.rules.Finding;
import dev.imgslim.testsupport.RealCorpus;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Many files are linted on all cores, yet the sink sees exactly what one file after another gives. */
class LintRunParallelTest {

    private static List<String> rendered(FileResult r) {
        List<String> out = new ArrayList<>();
        out.add("file " + r.file()
                + (r.error() == null ? "" : " error " + r.error().render()));
        for (Finding f : r.findings()) {
            out.add(f.file() + ":" + f.line() + ":" + f.column() + "-"
                    + f.span().endLine() + ":" + f.span().endColumn() + " " + f.severity() + " "
                    + f.rule().code() + " " + f.message() + " " + f.savings() + " " + f.fixes());
        }
        return out;
    }

    @Test
    @Tag("slow")
    @Tag("shared") // lints the corpus twice: ~10 s
    void theRealCorpusGivesTheSameResultsInTheSameOrderAsOneFileAfterAnother() throws Exception {
        List<String> files =
                RealCorpus.dockerfiles().stream().map(Path::toString).toList();
        assertThat(files).hasSizeGreaterThan(200);
        LintRun run = new LintRun(
                dev.imgslim.rules.LintEngine.builtin(),
                LintSettings.of(Config.defaults().withShellcheck(false)),
                new ByteArrayInputStream(new byte[0]));

        List<String> oneByOne = new ArrayList<>();
        for (String f : files) oneByOne.addAll(rendered(run.lintFile(f)));

        List<String> parallel = new ArrayList<>();
        List<String> order = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        run.run(files, r -> {
            order.add(r.file());
            threads.add(Thread.currentThread().getName());
            parallel.addAll(rendered(r));
        });
        assertThat(order).isEqualTo(files);
        assertThat(threads).containsOnly(Thread.currentThread().getName());
        assertThat(parallel).isEqualTo(oneByOne);
    }
}
