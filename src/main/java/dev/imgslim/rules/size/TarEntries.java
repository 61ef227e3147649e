package dev.imgslim.rules.size;

import dev.imgslim.rules.FolderNames;
import dev.imgslim.rules.LintContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Lists the entries of a local tar or tar.gz in the build context (what ADD extracts). Unknown formats give nothing. */
final class TarEntries {
    private static final int MAX_ENTRIES = 10_000;

    private TarEntries() {}

    /** Absolute paths the archive {@code src} would create under {@code dest}; empty when unreadable. */
    static List<String> read(LintContext ctx, String src, String dest) {
        if (src.indexOf('*') >= 0) return List.of();
        Path p = FolderNames.inContext(ctx, src);
        if (p == null || !Files.isRegularFile(p)) return List.of();
        String l = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean gz = l.endsWith(".gz") || l.endsWith(".tgz");
        if (!gz && !l.endsWith(".tar")) return List.of();
        List<String> out = new ArrayList<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(p));
                InputStream in = gz ? new GZIPInputStream(raw) : raw) {
            byte[] header = new byte[512];
            while (out.size() < MAX_ENTRIES && in.readNBytes(header, 0, 512) == 512) {
                if (header[0] == 0) break;
                String name = field(header, 0, 100);
                String prefix = new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar")
                        ? field(header, 345, 155)
                        : "";
                long size = Long.parseLong(
                        field(header, 124, 12).trim().isEmpty()
                                ? "0"
                                : field(header, 124, 12).trim(),
                        8);
                char type = (char) header[156];
                String full = prefix.isEmpty() ? name : prefix + "/" + name;
                if (type != 'x' && type != 'g' && type != 'L' && !full.isEmpty()) {
                    String abs = Layers.resolve(full, dest);
                    if (abs != null) out.add(abs);
                }
                long skip = (size + 511) / 512 * 512;
                in.skipNBytes(skip);
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) end++;
        return new String(h, off, end - off, StandardCharsets.US_ASCII);
    }
}
