package dev.imgslim.cli;

import dev.imgslim.lint.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Where the report goes: {@code -o FILE} (atomically) or standard output; a failed write is an error, never silent. */
final class ReportOutput {
    private ReportOutput() {}

    /** {@code -o} naming an input would replace the Dockerfile with the report: refused before anything is read. */
    static void refuseInput(Path output, List<String> inputs) {
        Path out = canonical(output);
        for (String in : inputs) {
            if (in.equals("-")) continue;
            if (canonical(Path.of(in)).equals(out)) {
                throw new UserInputException(
                        "imgslim: -o " + output + " is an input (" + in + "); the report would replace it");
            }
        }
    }

    /** The file a path ends at: links followed where they exist, the rest normalised. */
    private static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            // not there yet: resolve the folder, keep the name (a dangling link is followed by the writer)
            Path parent = abs.getParent();
            if (parent == null) return abs;
            try {
                return parent.toRealPath().resolve(abs.getFileName());
            } catch (IOException e2) {
                return abs;
            }
        }
    }

    /** Writes the report; exit 2 with one line naming the destination and the reason when that fails. */
    static void write(Path output, String report, PrintWriter stdout) {
        if (output != null) {
            try {
                AtomicFiles.write(output, report);
            } catch (AtomicFiles.WriteException e) {
                throw new UserInputException("imgslim: cannot write the report to " + output + ": " + e.getMessage());
            }
            return;
        }
        stdout.print(report);
        stdout.flush();
        StdoutCheck.failure(stdout).ifPresent(failure -> {
            throw new UserInputException("imgslim: cannot write the report to standard output: " + failure);
        });
    }
}
