package dev.imgslim.lint;

import dev.imgslim.rules.LintResult;

/** What a file that does not fit in the Java heap is told: how large the heap was and the two ways out. */
final class HeapLimit {
    private HeapLimit() {}

    static FileResult tooLarge(String name) {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return FileResult.failed(
                name,
                new LintResult.FileError(
                        name,
                        1,
                        1,
                        "too large to lint within the Java heap (" + mb + " MB): start Java with a larger heap"
                                + " (JAVA_TOOL_OPTIONS=-Xmx...) or skip files this large with --max-file-size"));
    }
}
