package dev.imgslim.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * What one layer tar holds, read as a stream: the paths it writes, the paths it deletes (whiteouts
 * {@code .wh.NAME}) and the folders it makes opaque ({@code .wh..wh..opq}: everything below them from
 * lower layers is hidden). Contents are checksummed as they pass and then dropped: memory grows with
 * the number of paths, never with bytes. The one exception is the package state that recommends are
 * measured from (dpkg's status and file lists, apt's extended_states: text, capped per layer).
 *
 * @param files        paths written, in archive order
 * @param removed      paths a whiteout deletes from lower layers
 * @param opaque       folders whose lower-layer contents this layer hides
 * @param tarBytes     size of the uncompressed tar (what the layer's diff id is computed over)
 * @param packageState contents of the package-state files this layer writes ({@link DpkgState#keeps})
 */
public record LayerScan(
        List<LayerFile> files,
        List<String> removed,
        List<String> opaque,
        long tarBytes,
        Map<String, String> packageState) {

    /** Package-state files kept per layer at most (a Debian image with thousands of packages keeps a few MB). */
    static final long PACKAGE_STATE_CAP = 64L << 20;

    static final String WHITEOUT = ".wh.";
    static final String OPAQUE = ".wh..wh..opq";

    /** Reads the whole uncompressed tar from {@code tar}; {@code progress} sees every byte read. */
    public static LayerScan read(InputStream tar, Progress progress) throws IOException {
        CountingInputStream counted = new CountingInputStream(tar, progress);
        TarReader reader = new TarReader(counted);
        List<LayerFile> files = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> opaque = new ArrayList<>();
        byte[] buf = new byte[1 << 16];
        CRC32C crc = new CRC32C();
        Map<String, String> packageState = new HashMap<>();
        long kept = 0;
        TarReader.Entry e;
        while ((e = reader.next()) != null) {
            String path = normalise(e.name());
            if (path.isEmpty()) continue; // the root folder itself
            int slash = path.lastIndexOf('/');
            String base = path.substring(slash + 1);
            String parent = slash < 0 ? "" : path.substring(0, slash);
            if (base.equals(OPAQUE)) {
                opaque.add(parent);
                continue;
            }
            if (base.startsWith(WHITEOUT)) {
                removed.add(
                        parent.isEmpty()
                                ? base.substring(WHITEOUT.length())
                                : parent + "/" + base.substring(WHITEOUT.length()));
                continue;
            }
            if (e.isDirectory()) {
                files.add(new LayerFile(path, LayerFile.Kind.DIRECTORY, 0, null, 0));
            } else if (e.isFile()) {
                crc.reset();
                InputStream content = e.size() > 0 ? reader.content() : InputStream.nullInputStream();
                boolean keep = DpkgState.keeps(path) && kept + e.size() <= PACKAGE_STATE_CAP;
                java.io.ByteArrayOutputStream copy = keep ? new java.io.ByteArrayOutputStream((int) e.size()) : null;
                int n;
                while ((n = content.read(buf)) > 0) {
                    crc.update(buf, 0, n);
                    if (copy != null) copy.write(buf, 0, n);
                }
                if (copy != null) {
                    packageState.put(path, copy.toString(StandardCharsets.UTF_8));
                    kept += e.size();
                }
                files.add(new LayerFile(path, LayerFile.Kind.FILE, e.size(), null, (int) crc.getValue()));
            } else if (e.isHardLink()) {
                files.add(new LayerFile(path, LayerFile.Kind.HARDLINK, 0, normalise(e.linkName()), 0));
            } else if (e.type() == '2') {
                files.add(new LayerFile(path, LayerFile.Kind.SYMLINK, 0, e.linkName(), 0));
            } else {
                files.add(new LayerFile(path, LayerFile.Kind.OTHER, 0, null, 0));
            }
        }
        // drain the end-of-archive blocks so the byte count is the tar's size
        counted.transferTo(OutputStreamSink.INSTANCE);
        return new LayerScan(
                List.copyOf(files),
                List.copyOf(removed),
                List.copyOf(opaque),
                counted.count(),
                Map.copyOf(packageState));
    }

    /** {@code ./usr/bin/} and {@code /usr/bin} are both {@code usr/bin}. */
    static String normalise(String name) {
        String p = name;
        while (p.startsWith("./")) p = p.substring(2);
        while (p.startsWith("/")) p = p.substring(1);
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        if (p.equals(".")) return "";
        return p;
    }

    /** Sees bytes as they are read, for the progress line. */
    public interface Progress {
        Progress NONE = n -> {};

        void read(long bytes);
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
