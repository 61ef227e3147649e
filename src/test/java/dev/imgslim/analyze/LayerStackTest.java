package dev.imgslim.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.imgslim.analyze.zstd.ZstdCli;
import dev.imgslim.testenv.Tar;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Layer tars made here, stacked: whiteouts, opaque folders, hard links, overwrites, each copy once. */
class LayerStackTest {

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    private static LayerScan scan(Tar tar) throws IOException {
        return LayerScan.read(new ByteArrayInputStream(tar.bytes()), LayerScan.Progress.NONE);
    }

    private static LayerScan scanGzip(Tar tar) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(tar.bytes());
        }
        return LayerScan.read(
                LayerStreams.uncompressed(new ByteArrayInputStream(out.toByteArray()), "l"), LayerScan.Progress.NONE);
    }

    @Test
    void aFileDeletedInALaterLayerIsWastedOnceInTheLayerThatStoredIt() throws IOException {
        LayerStack stack = new LayerStack();
        stack.push(scan(new Tar().dir("etc").file("etc/os-release", bytes(1000, 1), 0644)), "base", -1);
        stack.push(scanGzip(new Tar().dir("tmp").file("tmp/big.bin", bytes(5_000_000, 2), 0644)), "write", -1);
        stack.push(scan(new Tar().dir("tmp").file("tmp/.wh.big.bin", new byte[0], 0644)), "rm", -1);
        var layers = stack.figures();
        assertThat(layers.get(1).sizeBytes()).isEqualTo(5_000_000);
        assertThat(layers.get(1).wastedBytes()).isEqualTo(5_000_000);
        assertThat(layers.get(2).deletedBytes()).isEqualTo(5_000_000);
        assertThat(layers.get(2).removed()).isEqualTo(1);
        assertThat(layers.get(0).wastedBytes()).isZero();
        assertThat(stack.visibleBytes()).isEqualTo(1000);
        assertThat(stack.efficiency()).isCloseTo(1000.0 / 5_001_000, within(1e-9));
    }

    @Test
    void aFileWrittenInThreeLayersWastesTheTwoCopiesBelowTheTopOne() throws IOException {
        LayerStack stack = new LayerStack();
        for (int i = 0; i < 3; i++) stack.push(scan(new Tar().file("app.jar", bytes(1000 + i, i), 0644)), "l" + i, -1);
        var layers = stack.figures();
        assertThat(layers).extracting(LayerFigures::wastedBytes).containsExactly(1000L, 1001L, 0L);
        assertThat(layers.get(2).overwrittenBytes()).isEqualTo(1001);
        assertThat(layers.get(2).changed()).isEqualTo(1);
        assertThat(layers.get(0).added()).isEqualTo(1);
        // dive: min 1000 over cumulative 3003
        assertThat(stack.efficiency()).isCloseTo(1000.0 / 3003, within(1e-9));
    }

    @Test
    void aRewriteWithTheSameBytesIsDuplicatedBytesAsChownMakes() throws IOException {
        byte[] app = bytes(20_000, 7);
        LayerStack stack = new LayerStack();
        stack.push(
                scan(new Tar()
                        .dir("app")
                        .file("app/a.bin", app, 0644)
                        .file("app/b.txt", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0644)),
                "copy",
                -1);
        stack.push(
                scan(new Tar()
                        .dir("app")
                        .file("app/a.bin", app, 0600)
                        .file("app/b.txt", "y".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0600)),
                "chown",
                -1);
        var chown = stack.figures().get(1);
        assertThat(chown.duplicatedBytes()).isEqualTo(20_000);
        assertThat(stack.figures().get(0).wastedBytes()).isEqualTo(20_001);
    }

    @Test
    void anOpaqueFolderHidesWhatLowerLayersHadInItButNotWhatItsOwnLayerAdds() throws IOException {
        LayerStack stack = new LayerStack();
        stack.push(
                scan(new Tar()
                        .dir("var")
                        .dir("var/cache")
                        .file("var/cache/a", bytes(300, 1), 0644)
                        .file("var/cache/b", bytes(200, 2), 0644)),
                "l0",
                -1);
        stack.push(
                scan(new Tar()
                        .dir("var/cache")
                        .file("var/cache/c", bytes(50, 3), 0644)
                        .file("var/cache/.wh..wh..opq", new byte[0], 0644)),
                "l1",
                -1);
        var layers = stack.figures();
        assertThat(layers.get(0).wastedBytes()).isEqualTo(500);
        assertThat(layers.get(1).deletedBytes()).isEqualTo(500);
        assertThat(layers.get(1).wastedBytes()).isZero();
        assertThat(stack.visibleBytes()).isEqualTo(50);
    }

    @Test
    void aDeletedFolderTakesEverythingBelowIt() throws IOException {
        LayerStack stack = new LayerStack();
        stack.push(
                scan(new Tar()
                        .dir("src")
                        .dir("src/docs")
                        .file("src/docs/a", bytes(100, 1), 0644)
                        .file("src/docs/b", bytes(100, 2), 0644)
                        .file("src/main", bytes(7, 3), 0644)),
                "l0",
                -1);
        stack.push(scan(new Tar().file("src/.wh.docs", new byte[0], 0644)), "l1", -1);
        assertThat(stack.figures().get(0).wastedBytes()).isEqualTo(200);
        assertThat(stack.figures().get(1).removed()).isEqualTo(2);
        assertThat(stack.visibleBytes()).isEqualTo(7);
    }

    @Test
    void hardLinkedBytesDieOnlyWithTheirLastName() throws IOException {
        LayerStack stack = new LayerStack();
        stack.push(
                scan(new Tar()
                        .dir("usr")
                        .file("usr/python3.11", bytes(4000, 1), 0755)
                        .hardlink("usr/python3", "usr/python3.11")),
                "l0",
                -1);
        assertThat(stack.figures().get(0).sizeBytes()).isEqualTo(4000);
        stack.push(scan(new Tar().file("usr/.wh.python3.11", new byte[0], 0644)), "l1", -1);
        assertThat(stack.figures().get(0).wastedBytes()).isZero();
        stack.push(scan(new Tar().file("usr/.wh.python3", new byte[0], 0644)), "l2", -1);
        assertThat(stack.figures().get(0).wastedBytes()).isEqualTo(4000);
        assertThat(stack.figures().get(2).deletedBytes()).isEqualTo(4000);
    }

    @Test
    void biggestFilesAndFoldersOfALayer() throws IOException {
        LayerScan s = scan(new Tar()
                .file("usr/lib/x/a.so", bytes(300, 1), 0644)
                .file("usr/lib/x/b.so", bytes(200, 2), 0644)
                .file("etc/c", bytes(10, 3), 0644));
        assertThat(LayerStack.biggestFiles(s)).first().isEqualTo(new LayerFigures.PathBytes("/usr/lib/x/a.so", 300));
        assertThat(LayerStack.biggestFolders(s)).first().isEqualTo(new LayerFigures.PathBytes("/usr/lib/x", 500));
    }

    @Test
    void aZstdLayerFromTheZstdCommandScansAsItsGzipTwin() throws Exception {
        ZstdCli.require();
        Tar tar = new Tar()
                .dir("usr")
                .dir("usr/lib")
                .file("usr/lib/a.so", bytes(300_000, 4), 0644)
                .file("usr/lib/.wh.old", new byte[0], 0644)
                .file("etc/motd", "hello\n".repeat(5000).getBytes(java.nio.charset.StandardCharsets.UTF_8), 0644);
        Process zstd = new ProcessBuilder("zstd", "-q", "-c", "-19").start();
        try (var stdin = zstd.getOutputStream()) {
            stdin.write(tar.bytes());
        }
        byte[] compressed = zstd.getInputStream().readAllBytes();
        assertThat(zstd.waitFor()).isZero();
        LayerScan fromZstd = LayerScan.read(
                LayerStreams.uncompressed(new ByteArrayInputStream(compressed), "z"), LayerScan.Progress.NONE);
        assertThat(fromZstd).isEqualTo(scanGzip(tar));
        assertThat(fromZstd.tarBytes()).isEqualTo(tar.bytes().length);
    }

    @Test
    void aDamagedZstdLayerIsAnErrorNamingTheLayer() {
        // a frame header, then a block header of the reserved type 3
        byte[] zstd = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0x20, 4, 7, 0, 0};
        assertThatThrownBy(() -> LayerScan.read(
                        LayerStreams.uncompressed(new ByteArrayInputStream(zstd), "sha256:abc"),
                        LayerScan.Progress.NONE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("layer sha256:abc is not valid zstd: frame 1: reserved block type");
    }

    @Test
    void notATarIsAnErrorNotACrash() {
        assertThatThrownBy(() -> LayerScan.read(new ByteArrayInputStream(bytes(2048, 9)), LayerScan.Progress.NONE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a tar archive");
    }
}
