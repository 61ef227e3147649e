package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imgslim.testsupport.ChildJvm;
import dev.imgslim.testsupport.ChildJvm.Run;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Running out of heap is one line, never a stack trace: a file too large for the heap is exit 2 (any other
 * Error is exit 70). Run as a real process with a small heap so that the Error is a real OutOfMemoryError.
 */
class NothingEscapesTest {

    private static Run imgslim(String... args) throws Exception {
        return ChildJvm.imgslim(List.of("-Xmx24m"), 60, args);
    }

    @Test
    void aFileTooLargeForTheHeapIsOneLineAndExit2() throws Exception {
        assumeTrue(new File("/dev/zero").canRead());
        // the cap raised far beyond the heap: reading /dev/zero runs out of memory, the input's fault
        Run r = imgslim("lint", "--max-file-size", "1GiB", "/dev/zero");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat((r.out() + r.err()).trim())
                .startsWith("/dev/zero:1:1: error: too large to lint within the Java heap (")
                .doesNotContain("internal error")
                .doesNotContain("\tat ");
        assertThat((r.out() + r.err()).trim().lines().count()).isEqualTo(1);
    }
}
