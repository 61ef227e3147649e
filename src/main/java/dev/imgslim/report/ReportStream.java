package dev.imgslim.report;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult.FileError;
import java.util.List;
import java.util.function.Supplier;

/**
 * A report written while the lint runs: one call per linted file, in the order the report lists files
 * (sorted by name, as {@link Reporter#write} sorts them), then {@link #end}. Formats whose shape allows
 * it write each file as it comes, so memory does not grow with the number of files; the others
 * ({@link Reporter#stream}'s default) keep the findings and write at the end. Either way the bytes are
 * those {@link Reporter#write} gives for the same files, findings and errors.
 */
public interface ReportStream {
    /**
     * One file's outcome.
     *
     * @param findings its findings, in any order
     * @param error    why it could not be linted, or null
     * @param lines    its source lines (for carets and fingerprints; may be empty), asked only when needed
     */
    void file(String file, List<Finding> findings, FileError error, Supplier<List<String>> lines);

    /** Writes what follows the last file and flushes. */
    void end();

    /** What a format writes for one file as it comes: {@link #file}'s contract, as a lambda. */
    @FunctionalInterface
    interface PerFile {
        void file(String file, List<Finding> findings, FileError error, Supplier<List<String>> lines);
    }

    /** The stream of a format that writes each file as it comes, then {@code end} (which flushes). */
    static ReportStream of(PerFile each, Runnable end) {
        return new ReportStream() {
            @Override
            public void file(String file, List<Finding> findings, FileError error, Supplier<List<String>> lines) {
                each.file(file, findings, error, lines);
            }

            @Override
            public void end() {
                end.run();
            }
        };
    }
}
