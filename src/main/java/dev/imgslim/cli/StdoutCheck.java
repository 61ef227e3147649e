package dev.imgslim.cli;

import java.io.PrintWriter;
import java.util.Optional;

/** Whether what was printed actually arrived: PrintWriter hides write errors unless asked. */
final class StdoutCheck {
    private StdoutCheck() {}

    /** The reason the last writes failed; empty when they did not. */
    static Optional<String> failure(PrintWriter out) {
        if (out instanceof CheckedPrintWriter checked) {
            Optional<java.io.IOException> failure = checked.failure();
            return failure.isPresent()
                    ? Optional.of(dev.imgslim.lint.AtomicFiles.reason(failure.get()))
                    : Optional.empty();
        }
        return out.checkError() ? Optional.of("write error") : Optional.empty();
    }
}
