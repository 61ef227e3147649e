package dev.imgslim.ship;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Runs an external command with a bounded timeout; stdout and stderr together, as a user sees them. */
record Proc(List<String> command, int exitCode, String output, Duration took) {

    /** The project's folder (Maven's basedir). */
    static Path basedir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath()
                .normalize();
    }

    static Proc run(Path dir, Map<String, String> env, Duration timeout, String... command) {
        return run(dir, env, timeout, List.of(command));
    }

    static Proc run(Path dir, Map<String, String> env, Duration timeout, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        // A test run from inside a git hook must not act on the outer repository.
        pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        if (env != null) pb.environment().putAll(env);
        long start = System.nanoTime();
        Path log = null;
        try {
            log = Files.createTempFile("imgslim-proc", ".log");
            pb.redirectOutput(log.toFile());
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                Assertions.fail("timed out after " + timeout.toSeconds() + "s: " + String.join(" ", command)
                        + "\n--- output ---\n" + tail(Files.readString(log, StandardCharsets.UTF_8), 4000));
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            return new Proc(command, p.exitValue(), out, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (log != null) log.toFile().delete();
        }
    }

    Proc expect(int code) {
        Assertions.assertEquals(
                code,
                exitCode,
                () -> "exit code of " + String.join(" ", command) + "\n--- output ---\n" + tail(output, 6000));
        return this;
    }

    /** Whether {@code command --version}-like probing works: the program exists and runs. */
    static boolean available(String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The project's policy for a missing tool: in CI ({@code CI=true}) the test fails, since a skip
     * there would leave the feature untested; elsewhere it is skipped with the reason printed.
     */
    static void requireOrSkip(boolean present, String reason) {
        if (present) return;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail("must run in CI, but " + reason);
        System.err.println("[skipped] " + reason);
        Assumptions.abort(reason);
    }

    static String tail(String s, int max) {
        return s.length() <= max ? s : "..." + s.substring(s.length() - max);
    }

    static List<String> list(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
