package dev.imgslim.rules.shellcheck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs shellcheck once over many scripts (of one Dockerfile or of several): each script is a file in a fresh
 * temporary folder, the process writes {@code --format=json1} to a file (so a full pipe can never
 * block it), and is killed when it outlives the timeout. Any failure yields no comments: shellcheck
 * is an optional helper and never makes a lint run fail (a timeout is told apart, so the rule can say
 * what was not checked).
 */
final class ShellcheckProcess {
    /**
     * Never reported: SC1090/SC1091 ({@code source} of a file that is in the image, not here) and
     * SC2187 (ash is checked as sh here anyway).
     */
    static final String EXCLUDED = "SC1090,SC1091,SC2187";

    /** One shellcheck comment, positions as json1 gives them (1-based; columns count code points). */
    record Comment(
            String file, int line, int column, int endLine, int endColumn, String level, int code, String message) {}

    /** What one process gave: its comments, or none because it failed or outlived the timeout. */
    record Outcome(List<Comment> comments, boolean failed, boolean timedOut) {
        static final Outcome FAILED = new Outcome(List.of(), true, false);
        static final Outcome TIMED_OUT = new Outcome(List.of(), true, true);
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    private ShellcheckProcess() {}

    /** Checks {@code texts}, each as a file named by {@code names} (plain names, unique), in one process. */
    static Outcome run(Path executable, List<String> names, List<String> texts, Duration timeout) {
        Path dir = null;
        try {
            dir = tempDir();
            List<String> cmd =
                    new ArrayList<>(List.of(executable.toString(), "--format=json1", "--exclude=" + EXCLUDED));
            for (int i = 0; i < names.size(); i++) {
                Files.writeString(dir.resolve(names.get(i)), texts.get(i), StandardCharsets.UTF_8);
                cmd.add(names.get(i));
            }
            Path out = dir.resolve("out.json");
            Process p = new ProcessBuilder(cmd)
                    .directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                return Outcome.TIMED_OUT;
            }
            // 0: nothing found, 1: comments; anything else is a usage or I/O failure.
            if (p.exitValue() > 1) return Outcome.FAILED;
            return new Outcome(parse(Files.readString(out, StandardCharsets.UTF_8)), false, false);
        } catch (IOException e) {
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        } finally {
            if (dir != null) dev.imgslim.lint.ScratchFolders.deleteQuietly(dir);
        }
    }

    /**
     * Reads json1 output with the streaming parser: jackson-databind's ObjectMapper costs most of a
     * second to start, more than shellcheck itself.
     */
    static List<Comment> parse(String json) throws IOException {
        List<Comment> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return out;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (field.equals("comments") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) out.add(comment(p));
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }

    private static Comment comment(JsonParser p) throws IOException {
        String file = "", level = "warning", message = "";
        int line = 0, column = 0, endLine = -1, endColumn = -1, code = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.getCurrentName();
            p.nextToken();
            switch (field) {
                case "file" -> file = p.getValueAsString("");
                case "line" -> line = p.getValueAsInt();
                case "column" -> column = p.getValueAsInt();
                case "endLine" -> endLine = p.getValueAsInt();
                case "endColumn" -> endColumn = p.getValueAsInt();
                case "level" -> level = p.getValueAsString("warning");
                case "code" -> code = p.getValueAsInt();
                case "message" -> message = p.getValueAsString("");
                default -> p.skipChildren();
            }
        }
        return new Comment(
                file,
                line,
                column,
                endLine < 0 ? line : endLine,
                endColumn < 0 ? column : endColumn,
                level,
                code,
                message);
    }

    /**
     * A new private folder under java.io.tmpdir. Not {@link Files#createTempDirectory}: seeding its
     * SecureRandom costs ~150 ms per run. The name need not be secret: the folder is always new
     * (an existing one is never reused) and only its owner may enter it.
     */
    static Path tempDir() throws IOException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        boolean posix = base.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path dir = base.resolve("imgslim-shellcheck-"
                    + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + "-"
                    + Long.toHexString(System.nanoTime()
                            ^ java.util.concurrent.ThreadLocalRandom.current().nextLong()));
            try {
                return posix
                        ? Files.createDirectory(
                                dir,
                                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")))
                        : Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
