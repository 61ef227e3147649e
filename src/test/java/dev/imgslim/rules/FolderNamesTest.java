package dev.imgslim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only "certainly absent" is answered from a folder's listing; everything else is left to the disk. */
class FolderNamesTest {
    @TempDir
    Path dir;

    @Test
    void aPathWhoseFirstNameIsNotInTheFolderIsAbsent() throws IOException {
        Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(dir.resolve("package.json"), "{}");
        FolderNames names = new FolderNames();
        assertThat(names.absent(dir, dir.resolve("dist"))).isTrue();
        assertThat(names.absent(dir, dir.resolve("dist/app.js"))).isTrue();
        assertThat(names.absent(dir, dir.resolve("package.json"))).isFalse();
        assertThat(names.absent(dir, dir.resolve("src/app"))).isFalse();
        // the first name is there: the rest is for the disk to say
        assertThat(names.absent(dir, dir.resolve("src/missing"))).isFalse();
    }

    @Test
    void theFolderItselfAndPathsOutsideItAreNeverAbsent() {
        FolderNames names = new FolderNames();
        assertThat(names.absent(dir, dir)).isFalse();
        assertThat(names.absent(dir.resolve("a"), dir.resolve("b/c"))).isFalse();
    }

    @Test
    void aFolderThatCannotBeListedAnswersNothing() {
        Path missing = dir.resolve("gone");
        assertThat(new FolderNames().absent(missing, missing.resolve("x"))).isFalse();
    }

    @Test
    void aDanglingSymlinkIsAnEntry() throws IOException {
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("nowhere"));
        assertThat(new FolderNames().absent(dir, dir.resolve("link"))).isFalse();
    }
}
