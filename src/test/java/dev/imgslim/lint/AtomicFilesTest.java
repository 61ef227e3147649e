package dev.imgslim.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written while its content is produced: readers see the old file until the rename, or nothing changes. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private long files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void theTargetChangesOnlyAtTheCommitAndKeepsItsMode() throws Exception {
        Path target = Files.writeString(dir.resolve("report.json"), "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.Pending p = AtomicFiles.open(target);
        p.stream().write("new, part 1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("old\n");
        assertThat(files()).isEqualTo(2);
        p.stream().write("part 2\n".getBytes(StandardCharsets.UTF_8));
        p.commit();
        p.abort(); // after a commit: nothing
        assertThat(Files.readString(target)).isEqualTo("new, part 1\npart 2\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r-----");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void anAbortLeavesTheTargetAsItWasAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("report.json"), "old\n");
        AtomicFiles.Pending p = AtomicFiles.open(target);
        p.stream().write("half a rep".getBytes(StandardCharsets.UTF_8));
        p.abort();
        assertThat(Files.readString(target)).isEqualTo("old\n");
        assertThat(files()).isEqualTo(1);

        AtomicFiles.Pending q = AtomicFiles.open(dir.resolve("new.json"));
        q.abort();
        assertThat(dir.resolve("new.json")).doesNotExist();
        assertThat(files()).isEqualTo(1);
    }
}
