package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a main class of imgslim's in a fresh JVM that logs every class it loads: what start-up tests read. */
final class LoggedJvm {
    private LoggedJvm() {}

    /** The exit code, what the run printed (both streams), and the classes it loaded, in order. */
    record Run(int code, String out, List<String> classes) {}

    /**
     * Runs {@code mainClass} with the test's class path in {@code dir}, with these JVM options (after
     * {@code -Xshare:off}, so every class shows where it was loaded from, and the class log's).
     */
    static Run run(Path dir, List<String> jvmOptions, String mainClass, String... args) throws Exception {
        return run(dir, Map.of(), jvmOptions, mainClass, args);
    }

    /** {@link #run(Path, List, String, String...)} with these variables set in the JVM's environment. */
    static Run run(Path dir, Map<String, String> env, List<String> jvmOptions, String mainClass, String... args)
            throws Exception {
        Path log = Files.createTempFile(dir, "classes", ".log");
        Path out = Files.createTempFile(dir, "out", ".txt");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off",
                "-Xlog:class+load=info:file=" + log));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> classes = new ArrayList<>();
        // "[0.012s][info][class,load] java.lang.Object source: shared objects file": the name follows the tags
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int tags = line.indexOf("[class,load] ");
            if (tags >= 0) classes.add(line.substring(tags + 13).split(" ", 2)[0]);
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(log);
        Files.delete(out);
        return new Run(p.exitValue(), printed, classes);
    }
}
