package dev.imgslim.rules.shellcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ShellCheck's comments on a script, kept on disk by the script's content, so that a pre-commit or CI
 * run over unchanged RUNs starts no ShellCheck at all. An entry is a small text file under
 * {@code $XDG_CACHE_HOME/imgslim/shellcheck} (default {@code ~/.cache/imgslim/shellcheck}) holding the
 * script itself and the comments; it is used only when the stored script equals the one asked for, so
 * a hash collision costs a miss, never someone else's findings. The key also covers the ShellCheck
 * executable (path, size, modification time) and the excluded codes, so an upgrade starts afresh.
 * Entries are written to a temporary name and renamed, so concurrent runs never read half an entry;
 * any I/O problem is a miss (a read-only home only makes every run cold).
 */
final class ShellcheckCache {
    /** Bumped when the entry format or what a script's comments depend on changes. */
    private static final String FORMAT = "imgslim-shellcheck-cache 1";

    private final Path dir;
    private final String executableId;

    private ShellcheckCache(Path dir, String executableId) {
        this.dir = dir;
        this.executableId = executableId;
    }

    /** The cache in the user's cache folder for this executable; empty when there is no such folder. */
    static Optional<ShellcheckCache> forUser(Path executable, Map<String, String> env) {
        return userCacheFolder(env).map(base -> at(base.resolve("imgslim").resolve("shellcheck"), executable));
    }

    /** A cache kept in {@code dir} (tests). */
    static ShellcheckCache at(Path dir, Path executable) {
        return new ShellcheckCache(dir, identity(executable));
    }

    /** {@code $XDG_CACHE_HOME}, else {@code ~/.cache}, as the XDG base directory specification says. */
    static Optional<Path> userCacheFolder(Map<String, String> env) {
        try {
            String xdg = env.get("XDG_CACHE_HOME");
            // The specification: a relative value is invalid and must be ignored.
            if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) return Optional.of(Path.of(xdg));
            String home = env.getOrDefault("HOME", System.getProperty("user.home"));
            if (home == null || home.isEmpty()) return Optional.empty();
            return Optional.of(Path.of(home, ".cache"));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String identity(Path executable) {
        try {
            Path real = executable.toRealPath();
            FileTime modified = Files.getLastModifiedTime(real);
            return real + "|" + Files.size(real) + "|" + modified.toMillis() + "|" + ShellcheckProcess.EXCLUDED;
        } catch (IOException e) {
            return executable + "|" + ShellcheckProcess.EXCLUDED;
        }
    }

    /** The comments stored for this script text, or empty on a miss. File names in them are blank. */
    Optional<List<ShellcheckProcess.Comment>> get(String script) {
        Path entry = entry(script);
        try {
            if (!Files.isRegularFile(entry)) return Optional.empty();
            return decode(Files.readString(entry, StandardCharsets.UTF_8), script);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores a script's comments; failures are ignored. */
    void put(String script, List<ShellcheckProcess.Comment> comments) {
        Path entry = entry(script);
        Path tmp = null;
        try {
            Files.createDirectories(entry.getParent());
            tmp = entry.resolveSibling(
                    entry.getFileName() + "." + ProcessHandle.current().pid() + "."
                            + Thread.currentThread().getId() + ".tmp");
            Files.writeString(tmp, encode(script, comments), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file in the cache is harmless
                }
            }
        }
    }

    private Path entry(String script) {
        String key = hex(hash(executableId + "\n" + script));
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2));
    }

    /**
     * 64-bit FNV-1a over the UTF-16 units: cheap at start-up (no security provider to load), and a
     * collision only costs a miss because the entry holds the script it was made for.
     */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static String hex(long h) {
        String s = Long.toHexString(h);
        return "0".repeat(16 - s.length()) + s;
    }

    /**
     * Entry: the format line, the script's length in chars and the script, then one comment per line:
     * {@code line column endLine endColumn level code message} separated by tabs (a message's tabs and
     * newlines become spaces).
     */
    static String encode(String script, List<ShellcheckProcess.Comment> comments) {
        StringBuilder out = new StringBuilder(FORMAT)
                .append('\n')
                .append(script.length())
                .append('\n')
                .append(script)
                .append('\n');
        for (ShellcheckProcess.Comment c : comments) {
            out.append(c.line())
                    .append('\t')
                    .append(c.column())
                    .append('\t')
                    .append(c.endLine())
                    .append('\t')
                    .append(c.endColumn())
                    .append('\t')
                    .append(c.level())
                    .append('\t')
                    .append(c.code())
                    .append('\t')
                    .append(c.message().replace('\t', ' ').replace('\n', ' ').replace('\r', ' '))
                    .append('\n');
        }
        return out.toString();
    }

    static Optional<List<ShellcheckProcess.Comment>> decode(String entry, String script) {
        int firstNl = entry.indexOf('\n');
        if (firstNl < 0 || !entry.substring(0, firstNl).equals(FORMAT)) return Optional.empty();
        int secondNl = entry.indexOf('\n', firstNl + 1);
        if (secondNl < 0) return Optional.empty();
        int length = Integer.parseInt(entry.substring(firstNl + 1, secondNl));
        int scriptEnd = secondNl + 1 + length;
        if (length != script.length()
                || scriptEnd >= entry.length()
                || !entry.startsWith(script, secondNl + 1)
                || entry.charAt(scriptEnd) != '\n') {
            return Optional.empty();
        }
        List<ShellcheckProcess.Comment> comments = new ArrayList<>();
        for (String line : entry.substring(scriptEnd + 1).split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", 7);
            if (f.length != 7) return Optional.empty();
            comments.add(new ShellcheckProcess.Comment(
                    "",
                    Integer.parseInt(f[0]),
                    Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]),
                    f[4],
                    Integer.parseInt(f[5]),
                    f[6]));
        }
        return Optional.of(List.copyOf(comments));
    }
}
