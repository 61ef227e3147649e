package dev.imgslim.cli;

import java.io.IOException;
import java.io.PrintWriter;

/** Whether what was printed actually arrived: PrintWriter hides write errors unless asked. */
final class StdoutCheck {
    private StdoutCheck() {}

    /** The reason the last writes failed, or null when they did not. */
    static String failure(PrintWriter out) {
        if (out instanceof CheckedPrintWriter checked) {
            IOException e = checked.failure();
            return e == null ? null : dev.imgslim.lint.AtomicFiles.reason(e);
        }
        return out.checkError() ? "write error" : null;
    }
}
