package dev.imgslim.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix --write} never loses the original: read-only files are refused, a full disk leaves it as it was. */
class FileReplacerTest {
    @TempDir
    Path dir;

    @Test
    void replacesInPlaceKeepingPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, "FROM a\r\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        FileReplacer.replace(f, "FROM b\r\n");
        assertThat(Files.readString(f)).isEqualTo("FROM b\r\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo("rw-r-----");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("Dockerfile");
        }
    }

    @Test
    void aSymbolicLinkKeepsPointingAtItsTarget() throws Exception {
        Path real = Files.writeString(dir.resolve("real.Dockerfile"), "FROM a\n");
        Path link = Files.createSymbolicLink(dir.resolve("Dockerfile"), real.getFileName());
        FileReplacer.replace(link, "FROM b\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("FROM b\n");
    }

    @Test
    void aReadOnlyFileIsRefusedAndKept() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), "FROM a\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> FileReplacer.replace(f, "FROM b\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("read-only");
        assertThat(Files.readString(f)).isEqualTo("FROM a\n");
        try (var s = Files.list(dir)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }

    /** A 64 KiB tmpfs filled to the last byte: the write fails and the original stays, byte for byte. Needs root (mount). */
    @Test
    void aFullDiskLeavesTheOriginalIntact() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small tmpfs needs root; skipped");
        Path mnt = Files.createDirectories(dir.resolve("small"));
        assumeTrue(
                exec("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt.toString()) == 0,
                "mount -t tmpfs failed; skipped");
        try {
            String original = "FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n";
            Path f = Files.writeString(mnt.resolve("Dockerfile"), original);
            // Fill the file system: the fixed text cannot be written anywhere on it.
            try (var out = Files.newOutputStream(mnt.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) out.write(block);
            } catch (IOException full) {
                // expected: No space left on device
            }
            String fixed = original.replace("install -y", "install --no-install-recommends -y") + "x".repeat(64 * 1024);
            assertThatThrownBy(() -> FileReplacer.replace(f, fixed)).isInstanceOf(IOException.class);
            assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo(original);
            try (var s = Files.list(mnt)) {
                assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("Dockerfile", "filler");
            }
        } finally {
            exec("umount", mnt.toString());
        }
    }

    private static int exec(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
