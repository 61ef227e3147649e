package dev.imgslim.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Stacks layers the way an overlay filesystem does, bottom first, and keeps the books: which layer
 * stores each visible file, which bytes became dead (deleted or overwritten by a later layer), and
 * dive's efficiency score.
 *
 * <p>Wasted bytes count each dead copy once, in the layer that stores it: a file written in layers
 * 1, 2 and 3 wastes its copies in 1 and 2, not 3 (dive sums all three, dive issue #684). A hard link
 * shares its target's bytes: they die only when every name for them is gone.
 *
 * <p>Efficiency is dive's definition: for every file path, the smallest size it was seen with
 * (0 once deleted) over the sum of all sizes it was seen with, summed over paths. dive counts a
 * deleted folder as one entry with its contents' size; here each file in it counts as deleted,
 * which is what dive's own description ("removed files discount your score") says.
 */
public final class LayerStack {

    private static final int TOP = 5;

    /** Bytes that live or die together: one regular file and its hard links. */
    private static final class Inode {
        final int layer;
        final long bytes;
        final int checksum;
        int names;

        Inode(int layer, long bytes, int checksum) {
            this.layer = layer;
            this.bytes = bytes;
            this.checksum = checksum;
        }
    }

    private record Node(LayerFile file, Inode inode) {}

    /** Per path: the sum of sizes seen and the smallest, for the efficiency score. */
    private static final class PathSizes {
        long cumulative;
        long min = Long.MAX_VALUE;

        void saw(long size) {
            cumulative += size;
            min = Math.min(min, size);
        }
    }

    private final TreeMap<String, Node> visible = new TreeMap<>();
    private final Map<String, PathSizes> sizes = new HashMap<>();
    private final List<Mutable> layers = new ArrayList<>();

    private static final class Mutable {
        String digest;
        long size;
        long compressed;
        int added;
        int changed;
        int removed;
        long wasted;
        long deleted;
        long overwritten;
        long duplicated;
        List<LayerFigures.PathBytes> files;
        List<LayerFigures.PathBytes> folders;
    }

    /** Puts the next layer on top. */
    public void push(LayerScan scan, String digest, long compressedBytes) {
        int k = layers.size();
        Mutable m = new Mutable();
        m.digest = digest;
        m.compressed = compressedBytes;
        layers.add(m);
        // whiteouts act on the layers below only, so they go first whatever their place in the tar
        for (String path : scan.removed()) {
            Node gone = visible.remove(path);
            if (gone != null) m.removed += die(gone, m, true);
            m.removed += removeBelow(path, m);
        }
        for (String folder : scan.opaque()) m.removed += removeBelow(folder, m);
        Map<String, Inode> here = new HashMap<>();
        for (LayerFile f : scan.files()) {
            Node old = visible.get(f.path());
            boolean isDir = f.kind() == LayerFile.Kind.DIRECTORY;
            if (old != null && old.file().kind() == LayerFile.Kind.DIRECTORY) {
                if (isDir) continue; // a folder written again: metadata only
                m.removed += removeBelow(f.path(), m); // a folder replaced by a file takes its contents with it
            }
            Inode inode = null;
            if (f.kind() == LayerFile.Kind.FILE) {
                inode = new Inode(k, f.size(), f.checksum());
                here.put(f.path(), inode);
                m.size += f.size();
                sizes.computeIfAbsent(f.path(), p -> new PathSizes()).saw(f.size());
            } else if (f.kind() == LayerFile.Kind.HARDLINK) {
                inode = here.get(f.linkTo());
                if (inode == null) {
                    Node target = visible.get(f.linkTo());
                    inode = target != null && target.inode() != null ? target.inode() : new Inode(k, 0, 0);
                }
                here.put(f.path(), inode);
            } else {
                PathSizes s = sizes.get(f.path());
                if (s != null) s.saw(0);
            }
            if (inode != null) inode.names++;
            if (old != null && old.file().kind() != LayerFile.Kind.DIRECTORY) {
                m.changed++;
                if (f.kind() == LayerFile.Kind.FILE
                        && old.inode() != null
                        && old.inode().bytes == f.size()
                        && old.inode().checksum == f.checksum()
                        && f.size() > 0) {
                    m.duplicated += f.size();
                }
                if (old.inode() != null && old.inode() != inode) die(old, m, false);
            } else if (old == null && !isDir) {
                m.added++;
            }
            visible.put(f.path(), new Node(f, inode));
        }
        m.files = biggestFiles(scan);
        m.folders = biggestFolders(scan);
    }

    /** Removes everything below {@code folder} (not the folder itself); returns the files removed. */
    private int removeBelow(String folder, Mutable killer) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        NavigableMap<String, Node> below =
                prefix.isEmpty() ? visible : visible.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
        int files = 0;
        for (Node n : new ArrayList<>(below.values())) files += die(n, killer, true);
        below.clear();
        return files;
    }

    /** A visible name goes away; its bytes die with the last name. Returns 1 for a file, 0 for a folder. */
    private int die(Node node, Mutable killer, boolean deleted) {
        LayerFile f = node.file();
        if (f.kind() == LayerFile.Kind.DIRECTORY) return 0;
        if (deleted) {
            PathSizes s = sizes.get(f.path());
            if (s != null) s.saw(0);
        }
        Inode inode = node.inode();
        if (inode != null && --inode.names == 0 && inode.bytes > 0) {
            layers.get(inode.layer).wasted += inode.bytes;
            if (deleted) killer.deleted += inode.bytes;
            else killer.overwritten += inode.bytes;
        }
        return 1;
    }

    /** The figures so far, bottom layer first. */
    public List<LayerFigures> figures() {
        List<LayerFigures> out = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Mutable m = layers.get(i);
            out.add(new LayerFigures(
                    i,
                    m.digest,
                    m.size,
                    m.compressed,
                    m.added,
                    m.changed,
                    m.removed,
                    m.wasted,
                    m.deleted,
                    m.overwritten,
                    m.duplicated,
                    m.files,
                    m.folders));
        }
        return out;
    }

    /** dive's efficiency: 1.0 for an image where no byte was ever deleted or replaced. */
    public double efficiency() {
        long min = 0;
        long cumulative = 0;
        for (PathSizes s : sizes.values()) {
            min += s.min;
            cumulative += s.cumulative;
        }
        return cumulative == 0 ? 1.0 : (double) min / cumulative;
    }

    /** Bytes of all files as stored in every layer, dead or alive. */
    public long totalLayerBytes() {
        return layers.stream().mapToLong(m -> m.size).sum();
    }

    /** Bytes in files that a container sees. */
    public long visibleBytes() {
        long sum = 0;
        for (Node n : visible.values()) {
            if (n.file().kind() == LayerFile.Kind.FILE) sum += n.file().size();
        }
        return sum;
    }

    static List<LayerFigures.PathBytes> biggestFiles(LayerScan scan) {
        PriorityQueue<LayerFile> top = new PriorityQueue<>(Comparator.comparingLong(LayerFile::size));
        for (LayerFile f : scan.files()) {
            if (f.kind() != LayerFile.Kind.FILE || f.size() == 0) continue;
            top.add(f);
            if (top.size() > TOP) top.poll();
        }
        List<LayerFigures.PathBytes> out = new ArrayList<>();
        for (LayerFile f : top) out.add(new LayerFigures.PathBytes("/" + f.path(), f.size()));
        out.sort(Comparator.comparingLong(LayerFigures.PathBytes::bytes)
                .reversed()
                .thenComparing(LayerFigures.PathBytes::path));
        return List.copyOf(out);
    }

    static List<LayerFigures.PathBytes> biggestFolders(LayerScan scan) {
        Map<String, Long> byFolder = new HashMap<>();
        for (LayerFile f : scan.files()) {
            if (f.kind() != LayerFile.Kind.FILE || f.size() == 0) continue;
            String[] parts = f.path().split("/");
            int depth = Math.min(3, parts.length - 1);
            String folder = "/" + String.join("/", java.util.Arrays.copyOf(parts, depth));
            byFolder.merge(folder, f.size(), Long::sum);
        }
        return byFolder.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new LayerFigures.PathBytes(e.getKey(), e.getValue()))
                .toList();
    }
}
