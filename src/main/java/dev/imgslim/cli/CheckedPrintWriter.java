package dev.imgslim.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;

/**
 * A PrintWriter that remembers why a write failed. PrintWriter (and System.out) swallow I/O errors,
 * so {@code lint > /dev/full} would exit 0 with no report; the commands check {@link #failure()}
 * after writing and turn it into an error that names the reason.
 */
final class CheckedPrintWriter extends PrintWriter {
    private final Recorder recorder;

    CheckedPrintWriter(Writer out) {
        this(new Recorder(out));
    }

    private CheckedPrintWriter(Recorder recorder) {
        super(recorder, true);
        this.recorder = recorder;
    }

    /** The first write error, if any; flushes first so nothing buffered hides one. */
    Optional<IOException> failure() {
        flush();
        return Optional.ofNullable(recorder.failure);
    }

    /** Passes writes through and keeps the first exception. */
    private static final class Recorder extends FilterWriter {
        IOException failure;

        Recorder(Writer out) {
            super(out);
        }

        private IOException keep(IOException e) {
            if (failure == null) failure = e;
            return e;
        }

        @Override
        public void write(int c) throws IOException {
            try {
                super.write(c);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            try {
                super.write(cbuf, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            try {
                super.write(str, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                super.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }
    }
}
