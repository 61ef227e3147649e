package dev.imgslim.rules.shellcheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cache entries of recent runs in one file, so that a run over unchanged scripts reads one file
 * instead of one per script. Measured on the 280 corpus files (1,434 scripts, 1,225 entries): the
 * entry files cost ~7,000 system calls per run (a stat, open, fstat, two reads, close each) and about a
 * sixth of the CPU a cached run spends beyond a run without ShellCheck; the pack is one read of 0.65 MB.
 *
 * <p>The file holds a format line, the executable's identity (a pack made for another ShellCheck is
 * not used), then entries, each {@code <String.hashCode of the script> <bytes>\n} and the entry as
 * {@link ShellcheckCache#encode} writes it (the script and its comments): a hash only finds an entry,
 * the script in it must equal the one asked for. The file is read as bytes and only the entries asked
 * for are decoded: decoding all of it as UTF-8 cost more than the entry files' reads.
 *
 * <p>It is a copy, never the only place of a result: each entry is also in its entry file, so a pack
 * that is missing, stale, cut at {@link #MAX_BYTES} or overwritten by a concurrent run costs reads of
 * entry files, never a ShellCheck run.
 */
final class ShellcheckPack {
    private static final String FORMAT = "imgslim-shellcheck-pack 1";

    /**
     * Most bytes a pack holds (every run with ShellCheck on reads it whole, one file or ten thousand):
     * about 3 times the scripts of the 280 corpus files; the entries used last are kept.
     */
    static final int MAX_BYTES = 2 << 20;

    static final ShellcheckPack EMPTY =
            new ShellcheckPack(new byte[0], new int[0], new int[0], new int[0], Map.of(), new int[0]);

    private final byte[] bytes;
    private final int[] hashes;
    private final int[] offsets;
    private final int[] lengths;
    /** The first entry of each script hash; {@link #next} chains the entries of the same hash. */
    private final Map<Integer, Integer> firstByHash;

    private final int[] next;
    /** Entries a lookup found in this run: written first when the pack is written again. */
    private final boolean[] used;

    private ShellcheckPack(
            byte[] bytes, int[] hashes, int[] offsets, int[] lengths, Map<Integer, Integer> firstByHash, int[] next) {
        this.bytes = bytes;
        this.hashes = hashes;
        this.offsets = offsets;
        this.lengths = lengths;
        this.firstByHash = firstByHash;
        this.next = next;
        this.used = new boolean[offsets.length];
    }

    int size() {
        return offsets.length;
    }

    /** The pack in {@code file} made for {@code executableId}; empty when there is none or it is not one. */
    static ShellcheckPack read(Path file, String executableId) {
        byte[] b;
        try {
            b = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return EMPTY;
        }
        byte[] header = header(executableId);
        if (b.length < header.length || !java.util.Arrays.equals(b, 0, header.length, header, 0, header.length))
            return EMPTY;
        int count = 0;
        int[] offsets = new int[64], lengths = new int[64], hashes = new int[64];
        int i = header.length;
        while (i < b.length) {
            // "<hash> <length>\n": an ASCII line, read without decoding the file
            int space = indexOf(b, (byte) ' ', i);
            int nl = space < 0 ? -1 : indexOf(b, (byte) '\n', space + 1);
            if (nl < 0) return EMPTY;
            Long hash = number(b, i, space);
            Long length = number(b, space + 1, nl);
            if (hash == null || length == null || length > b.length - nl - 1) return EMPTY;
            if (count == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, count * 2);
                lengths = java.util.Arrays.copyOf(lengths, count * 2);
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
            }
            hashes[count] = (int) (long) hash;
            offsets[count] = nl + 1;
            lengths[count] = (int) (long) length;
            count++;
            i = nl + 1 + (int) (long) length;
        }
        Map<Integer, Integer> first = new HashMap<>(count * 2);
        int[] next = new int[count];
        for (int k = count - 1; k >= 0; k--) {
            Integer before = first.put(hashes[k], k);
            next[k] = before == null ? -1 : before;
        }
        return new ShellcheckPack(
                b,
                java.util.Arrays.copyOf(hashes, count),
                java.util.Arrays.copyOf(offsets, count),
                java.util.Arrays.copyOf(lengths, count),
                first,
                next);
    }

    /** The comments kept for this script, or empty when the pack has no entry for it. */
    Optional<List<ShellcheckProcess.Comment>> get(String script) {
        Integer k = firstByHash.get(script.hashCode());
        for (int e = k == null ? -1 : k; e >= 0; e = next[e]) {
            Optional<List<ShellcheckProcess.Comment>> hit;
            try {
                hit = ShellcheckCache.decode(entry(e), script);
            } catch (RuntimeException damaged) {
                continue; // a comment line that is not one: a miss, as a damaged entry file is
            }
            if (hit.isPresent()) {
                used[e] = true;
                return hit;
            }
        }
        return Optional.empty();
    }

    private String entry(int e) {
        return new String(bytes, offsets[e], lengths[e], StandardCharsets.UTF_8);
    }

    /**
     * The pack for the next run: {@code fresh} (scripts this run learned, with their comments), then
     * this pack's entries this run used, then its others, as many as fit in {@code maxBytes}.
     */
    byte[] with(Map<String, List<ShellcheckProcess.Comment>> fresh, String executableId, int maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, bytes.length + 4096));
        byte[] header = header(executableId);
        out.write(header, 0, header.length);
        int room = maxBytes - header.length;
        java.util.Set<Integer> freshHashes = new java.util.HashSet<>();
        for (Map.Entry<String, List<ShellcheckProcess.Comment>> f : fresh.entrySet()) {
            byte[] entry = ShellcheckCache.encode(f.getKey(), f.getValue()).getBytes(StandardCharsets.UTF_8);
            room = add(out, f.getKey().hashCode(), entry, 0, entry.length, room);
            freshHashes.add(f.getKey().hashCode());
        }
        for (boolean wasUsed : new boolean[] {true, false}) {
            for (int e = 0; e < offsets.length; e++) {
                if (used[e] != wasUsed) continue;
                // an old entry for a script just learned again (decoded only when the hash says it may be)
                if (freshHashes.contains(hashes[e]) && fresh.containsKey(ShellcheckCache.scriptOf(entry(e)))) continue;
                room = add(out, hashes[e], bytes, offsets[e], lengths[e], room);
            }
        }
        return out.toByteArray();
    }

    private static int add(ByteArrayOutputStream out, int hash, byte[] b, int offset, int length, int room) {
        byte[] line = (hash + " " + length + "\n").getBytes(StandardCharsets.US_ASCII);
        int size = line.length + length;
        if (size > room) return room;
        out.write(line, 0, line.length);
        out.write(b, offset, length);
        return room - size;
    }

    private static byte[] header(String executableId) {
        return (FORMAT + "\n" + executableId.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] b, byte c, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == c) return i;
        return -1;
    }

    /** A decimal number, possibly negative, in b[from, to); null when it is not one. */
    private static Long number(byte[] b, int from, int to) {
        boolean negative = from < to && b[from] == '-';
        int i = negative ? from + 1 : from;
        if (i == to || to - i > 10) return null;
        long n = 0;
        for (; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') return null;
            n = n * 10 + (b[i] - '0');
        }
        return negative ? -n : n;
    }
}
