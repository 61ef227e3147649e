package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The class-data archive holds what {@link ArchiveTraining} loads, and a class outside it is read and
 * verified from the jar on every start: so the commands users run most must load no class of imgslim's,
 * picocli's or Jackson's that the training did not. Runs the training and each command in fresh JVMs,
 * on a Dockerfile that is not among the samples the training reads.
 */
class ArchiveTrainingTest {
    @TempDir
    static Path dir;

    private static Set<String> trained;

    /**
     * imgslim's own classes and its libraries' (the JDK's are archived with the JDK's own list too); not a
     * lambda's hidden class, whose name changes from run to run (the archive keeps those by call site).
     */
    private static final Predicate<String> OURS =
            c -> (c.startsWith("dev.imgslim.") || c.startsWith("picocli.") || c.startsWith("com.fasterxml."))
                    && !c.contains("$$Lambda");

    @BeforeAll
    static void train() throws Exception {
        Files.writeString(
                dir.resolve("Dockerfile"),
                "FROM python:3.12\n"
                        + "WORKDIR /app\n"
                        + "COPY requirements.txt .\n"
                        + "RUN pip install -r requirements.txt\n"
                        + "RUN apt-get update && apt-get install -y --no-install-recommends curl\n"
                        + "COPY . .\n"
                        + "CMD [\"python\", \"app.py\"]\n");
        LoggedJvm.Run run = LoggedJvm.run(
                dir,
                List.of(),
                ArchiveTraining.class.getName(),
                Path.of("samples").toAbsolutePath().toString());
        assertThat(run.code()).as(run.out()).isZero();
        trained = Set.copyOf(run.classes());
        assertThat(trained).as("the training lints").contains("dev.imgslim.rules.LintEngine");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lint --no-fail --no-shellcheck Dockerfile",
                "lint --no-fail --no-shellcheck -f json Dockerfile",
                "lint --no-fail --no-shellcheck -f sarif Dockerfile",
                "lint --help",
                "fix --check Dockerfile",
                "rules"
            })
    void aCommonCommandLoadsNoClassOfOursOutsideTheTraining(String commandLine) throws Exception {
        LoggedJvm.Run run = LoggedJvm.run(dir, List.of(), Main.class.getName(), commandLine.split(" "));
        assertThat(run.classes()).as("the log recorded the run").contains(Main.class.getName());
        assertThat(run.classes().stream().filter(OURS).filter(c -> !trained.contains(c)))
                .as("classes of %s not in the training (output: %s)", commandLine, run.out())
                .isEmpty();
    }

    @Test
    void trainingWithoutSamplesLintsItsOwnFileAndLeavesNothingBehind() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("nothing-here"));
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        LoggedJvm.Run run = LoggedJvm.run(empty, List.of("-Djava.io.tmpdir=" + tmp), ArchiveTraining.class.getName());
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.classes()).contains("dev.imgslim.rules.LintEngine", "dev.imgslim.fix.DockerfileFixer");
        try (var left = Files.list(tmp)) {
            assertThat(left).as("its scratch folder is removed").isEmpty();
        }
    }
}
