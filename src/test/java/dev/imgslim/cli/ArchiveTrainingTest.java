package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.shellcheck.ShellcheckInstalled;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
     * The JVMs' own HOME and cache folder, in the test's folder: what a lint with ShellCheck would fill, and
     * the training must not (it keeps its results in its scratch folder).
     */
    private static Map<String, String> processEnv;

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
        processEnv = Map.of(
                "HOME", dir.resolve("home").toString(),
                "XDG_CACHE_HOME", dir.resolve("cache").toString());
        LoggedJvm.Run run = LoggedJvm.run(
                dir,
                processEnv,
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
        LoggedJvm.Run run = LoggedJvm.run(dir, processEnv, List.of(), Main.class.getName(), commandLine.split(" "));
        assertThat(run.classes()).as("the log recorded the run").contains(Main.class.getName());
        assertThat(run.classes().stream().filter(OURS).filter(c -> !trained.contains(c)))
                .as("classes of %s not in the training (output: %s)", commandLine, run.out())
                .isEmpty();
    }

    @Test
    void aLintWithAShellcheckFindingLoadsNoClassOfOursOutsideTheTrainingColdOrWarm() throws Exception {
        ShellcheckInstalled.require();
        Files.writeString(dir.resolve("Scripted.Dockerfile"), "FROM debian:bookworm\nARG dir\nRUN cd $dir && make\n");
        // a cache of its own: the first run fills it (ShellCheck runs), the second is answered from it
        Map<String, String> env =
                Map.of("XDG_CACHE_HOME", dir.resolve("lint-cache").toString());
        for (String run : List.of("cold", "warm")) {
            LoggedJvm.Run r = LoggedJvm.run(
                    dir, env, List.of(), Main.class.getName(), "lint", "--no-fail", "Scripted.Dockerfile");
            assertThat(r.out()).as(run).contains("[SC2086 shellcheck]");
            assertThat(r.classes().stream().filter(OURS).filter(c -> !trained.contains(c)))
                    .as("classes of the %s lint not in the training (output: %s)", run, r.out())
                    .isEmpty();
        }
    }

    @Test
    void theTrainingKeepsShellcheckResultsInItsOwnScratchFolderNotTheUsersCache() {
        ShellcheckInstalled.require(); // without it the training runs no ShellCheck, and nothing is cached
        assertThat(dir.resolve("cache"))
                .as("the cache folder of the training's environment")
                .doesNotExist();
        assertThat(dir.resolve("home")).doesNotExist();
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
