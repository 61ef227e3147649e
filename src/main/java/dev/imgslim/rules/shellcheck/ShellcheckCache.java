package dev.imgslim.rules.shellcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * any I/O problem is a miss (a read-only home only makes every run cold). The entries of recent runs
 * are also kept together in one file, a {@link ShellcheckPack}, looked at first: a run over unchanged
 * scripts reads that one file (and writes nothing), not one file per script.
 */
final class ShellcheckCache {
    /** Bumped when the entry format or what a script's comments depend on changes. */
    private static final String FORMAT = "imgslim-shellcheck-cache 1";

    private final Path dir;
    private final String executableId;
    private final Path packFile;
    /** Read on the first lookup of a run; null again once a run's results are stored. */
    private volatile ShellcheckPack pack;
    /**
     * What this run knows that the pack does not: results ShellCheck gave, and entries read from their
     * files; no more than a pack holds (a run over many new scripts keeps only the first in memory).
     */
    private final Map<String, List<ShellcheckProcess.Comment>> learned = new LinkedHashMap<>();

    private long learnedChars;

    private ShellcheckCache(Path dir, String executableId) {
        this.dir = dir;
        this.executableId = executableId;
        this.packFile = dir.resolve("pack-" + hex(hash(executableId)));
    }

    /** A cache kept in {@code dir} ({@link ShellcheckRule#cacheFolder}, or a test's folder). */
    static ShellcheckCache at(Path dir, Path executable) {
        return new ShellcheckCache(dir, identity(executable));
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
        Optional<List<ShellcheckProcess.Comment>> packed = pack().get(script);
        if (packed.isPresent()) return packed;
        Path entry = entry(script);
        Optional<List<ShellcheckProcess.Comment>> found;
        try {
            // no stat first: a missing entry is a NoSuchFileException, and the caller runs ShellCheck then
            found = decode(Files.readString(entry, StandardCharsets.UTF_8), script);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        found.ifPresent(comments -> learn(script, comments));
        return found;
    }

    private ShellcheckPack pack() {
        ShellcheckPack p = pack;
        if (p != null) return p;
        synchronized (this) {
            if (pack == null) pack = ShellcheckPack.read(packFile, executableId);
            return pack;
        }
    }

    private synchronized void learn(String script, List<ShellcheckProcess.Comment> comments) {
        if (learnedChars > ShellcheckPack.MAX_BYTES) return;
        if (learned.put(script, comments) == null) learnedChars += script.length();
    }

    /**
     * The run is over: when it met scripts the pack did not have, writes the pack again with them first
     * (then the entries the run used, then the others, up to {@link ShellcheckPack#MAX_BYTES}), to a
     * temporary name renamed over the old one. A run the pack answered entirely writes nothing.
     * Failures are ignored (the entry files still have every result).
     */
    synchronized void storeRun() {
        ShellcheckPack old = pack;
        pack = null; // the next run reads what is on disk then, this run's pack or a concurrent run's
        if (learned.isEmpty()) return;
        if (old == null) old = ShellcheckPack.read(packFile, executableId);
        byte[] bytes = old.with(learned, executableId, ShellcheckPack.MAX_BYTES);
        learned.clear();
        learnedChars = 0;
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = temporary(packFile);
            Files.write(tmp, bytes);
            move(tmp, packFile);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
        }
    }

    /** Stores a script's comments; failures are ignored. */
    void put(String script, List<ShellcheckProcess.Comment> comments) {
        learn(script, comments);
        Path entry = entry(script);
        Path tmp = null;
        try {
            Files.createDirectories(entry.getParent());
            tmp = temporary(entry);
            Files.writeString(tmp, encode(script, comments), StandardCharsets.UTF_8);
            move(tmp, entry);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
        }
    }

    /** A name beside {@code file} no other thread or process writes. */
    private static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + "."
                + ProcessHandle.current().pid() + "." + Thread.currentThread().getId() + ".tmp");
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) return;
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a stray temporary file in the cache is harmless
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

    /** The script an entry was made for; null when {@code entry} is not one. */
    static String scriptOf(String entry) {
        int start = scriptStart(entry);
        int end = start < 0 ? -1 : scriptEnd(entry, start);
        return end < 0 ? null : entry.substring(start, end);
    }

    /** Where an entry's script starts, after the format line and the length line; -1 when it is no entry. */
    private static int scriptStart(String entry) {
        if (!entry.startsWith(FORMAT) || entry.length() == FORMAT.length() || entry.charAt(FORMAT.length()) != '\n')
            return -1;
        int lengthEnd = entry.indexOf('\n', FORMAT.length() + 1);
        return lengthEnd < 0 ? -1 : lengthEnd + 1;
    }

    /** Where the script that starts at {@code start} ends (the newline after it); -1 when the entry is cut short. */
    private static int scriptEnd(String entry, int start) {
        try {
            int end = start + Integer.parseInt(entry, FORMAT.length() + 1, start - 1, 10);
            return end >= start && end < entry.length() && entry.charAt(end) == '\n' ? end : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Optional<List<ShellcheckProcess.Comment>> decode(String entry, String script) {
        int start = scriptStart(entry);
        int scriptEnd = start < 0 ? -1 : scriptEnd(entry, start);
        if (scriptEnd < 0 || scriptEnd - start != script.length() || !entry.startsWith(script, start)) {
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
