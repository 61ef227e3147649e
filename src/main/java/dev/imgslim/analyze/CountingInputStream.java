package dev.imgslim.analyze;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes that pass and tells a progress listener. */
final class CountingInputStream extends FilterInputStream {
    private final LayerScan.Progress progress;
    private long count;

    CountingInputStream(InputStream in, LayerScan.Progress progress) {
        super(in);
        this.progress = progress;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) add(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) add(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // read instead of skip, so a gzip stream is consumed and counted the same way every time
        byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    private void add(long n) {
        count += n;
        progress.read(n);
    }
}
