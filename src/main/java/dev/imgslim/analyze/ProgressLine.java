package dev.imgslim.analyze;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One line on stderr, rewritten in place, saying how far reading has got (layers, bytes). Only
 * when stderr is a terminal: in CI logs a stream of carriage returns is noise.
 */
public final class ProgressLine {

    public static final ProgressLine OFF = new ProgressLine(null);

    private final PrintStream out;
    private int layers;
    private long bytes;
    private long lastPrint;

    public ProgressLine(PrintStream out) {
        this.out = out;
    }

    void startLayer(String key) {
        layers++;
        print(true);
    }

    void read(long n) {
        bytes += n;
        print(false);
    }

    void endLayer() {
        print(true);
    }

    /** Clears the line once reading is done. */
    public void done() {
        if (out == null) return;
        out.print("\r\033[K");
        out.flush();
    }

    private void print(boolean force) {
        if (out == null) return;
        long now = System.nanoTime();
        if (!force && now - lastPrint < 200_000_000L) return;
        lastPrint = now;
        out.print(String.format(
                Locale.ROOT, "\r\033[Kreading layer %d, %s", layers, dev.imgslim.advice.Bytes.human(bytes)));
        out.flush();
    }
}
