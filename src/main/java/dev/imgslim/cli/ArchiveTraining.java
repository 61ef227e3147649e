package dev.imgslim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The run a class-data archive (AppCDS on Java 17, an AOT cache on 24+) is trained on: the classes it
 * loads are the ones the archive holds, and a class outside it is read and verified from the jar on
 * every start. One JVM runs what users run most (a plain lint, {@code -f json} and {@code -f sarif} as
 * CI takes them, a lint with ShellCheck, {@code lint --help}, {@code fix --check}, {@code rules}), their
 * output thrown away: a plain lint alone left the json and sarif writers, ShellCheck's runner and cache,
 * picocli's help and the fix engine to load from the jar on every start of those commands.
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=F -cp imgslim.jar dev.imgslim.cli.ArchiveTraining [FOLDER]},
 * FOLDER the checkout's {@code samples/} (one file per rule, good and bad: every rule's path); without it
 * a small built-in Dockerfile in a temporary file. Exits 0 whatever the commands say: a training run
 * must not fail a build.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {}

    /**
     * A file with what most Dockerfiles have: a FROM the catalog knows, apt, a COPY and a CMD; and an
     * unquoted variable, which ShellCheck reports (SC2086), so that the classes of a ShellCheck finding are
     * trained as well as those of a clean script.
     */
    private static final String BUILT_IN = "FROM debian:bookworm\n"
            + "RUN apt-get update && apt-get install -y curl\n"
            + "RUN mkdir -p $HOME/app\n"
            + "COPY app /app\n"
            + "CMD [\"/app/run\"]\n";

    public static void main(String[] args) throws IOException {
        Path scratch = Files.createTempDirectory("imgslim-training");
        try {
            Path small = Files.writeString(scratch.resolve("Dockerfile"), BUILT_IN);
            String target = args.length > 0 ? args[0] : small.toString();
            Map<String, String> noEnv = Map.of();
            WarmUp.startFor("lint", target); // as Main does, so its thread's classes are trained too
            run(noEnv, "lint", "--format", "plain", "--no-fail", "--no-shellcheck", target);
            run(noEnv, "lint", "-f", "json", "--no-fail", "--no-shellcheck", target);
            run(noEnv, "lint", "-f", "sarif", "--no-fail", "--no-shellcheck", target);
            // ShellCheck on, as a user's lint runs when it is installed: once to fill a cache of this run's
            // own (never the user's: the cache folder comes from the environment Main.run is given), once
            // answered from it; on the small file, one shellcheck process. The shellcheck is the one on the
            // training process's PATH: a run finds it on the PATH of the environment it is given.
            Map<String, String> scratchCache = Map.of(
                    "XDG_CACHE_HOME",
                    scratch.resolve("cache").toString(),
                    "PATH",
                    System.getenv().getOrDefault("PATH", ""));
            run(scratchCache, "lint", "--no-fail", small.toString());
            run(scratchCache, "lint", "--no-fail", small.toString());
            // A plain line runs without picocli (PlainArguments); after "--" picocli reads it, as it does
            // any line the plain reader leaves (help, fix and rules use picocli too).
            run(noEnv, "lint", "--no-fail", "--no-shellcheck", "--", target);
            run(noEnv, "lint", "--help");
            run(noEnv, "fix", "--check", target);
            run(noEnv, "rules");
        } finally {
            dev.imgslim.lint.ScratchFolders.deleteQuietly(scratch);
        }
        System.exit(0); // not the commands' codes; and no non-daemon thread a command left may hold the JVM
    }

    private static void run(Map<String, String> env, String... args) {
        PrintWriter out =
                new CheckedPrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
        PrintWriter err =
                new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8), true);
        Main.run(env, out, err, args);
        out.flush();
    }
}
