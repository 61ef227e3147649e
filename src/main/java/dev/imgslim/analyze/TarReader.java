package dev.imgslim.analyze;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a tar archive as a stream, one entry at a time, never touching the disk: ustar headers,
 * GNU long names and long link names ({@code L}/{@code K}), and PAX extended headers ({@code x},
 * {@code g}) for {@code path}, {@code linkpath} and {@code size}. The content of the current entry is
 * read through {@link #content()}; whatever is left unread is skipped by {@link #next()}.
 * Written for image layers (docker save, registry blobs), which is all the tar this tool reads.
 */
public final class TarReader {

    /** One archive member. {@code type} is the ustar type flag ('0' file, '1' hard link, '2' symlink, '5' dir...). */
    public record Entry(String name, char type, long size, String linkName, int mode) {
        public boolean isFile() {
            return type == '0' || type == '\0' || type == '7';
        }

        public boolean isHardLink() {
            return type == '1';
        }

        public boolean isDirectory() {
            return type == '5' || (isFile() && name.endsWith("/"));
        }
    }

    private final InputStream in;
    private long remaining; // content bytes of the current entry not yet read
    private long padding; // zero bytes after the content up to the 512-byte boundary
    private final byte[] header = new byte[512];
    private Map<String, String> globalPax = new HashMap<>();

    public TarReader(InputStream in) {
        this.in = in;
    }

    /** The next entry, or null at the end of the archive. */
    public Entry next() throws IOException {
        skipRest();
        String longName = null;
        String longLink = null;
        Map<String, String> pax = new HashMap<>(globalPax);
        while (true) {
            if (!readBlock()) return null;
            if (isZero(header)) {
                // two zero blocks end the archive; one is enough for us (some writers omit the second)
                return null;
            }
            verifyChecksum();
            char type = (char) header[156];
            long size = parseNumber(header, 124, 12);
            if (size < 0) throw new IOException("corrupt tar header: negative size");
            remaining = size;
            padding = (512 - size % 512) % 512;
            switch (type) {
                case 'L' -> {
                    longName = cString(readAll(size));
                    continue;
                }
                case 'K' -> {
                    longLink = cString(readAll(size));
                    continue;
                }
                case 'x' -> {
                    pax.putAll(parsePax(readAll(size)));
                    continue;
                }
                case 'g' -> {
                    globalPax.putAll(parsePax(readAll(size)));
                    pax.putAll(globalPax);
                    continue;
                }
                default -> {}
            }
            String name = longName != null ? longName : ustarName();
            String link = longLink != null ? longLink : field(header, 157, 100);
            if (pax.containsKey("path")) name = pax.get("path");
            if (pax.containsKey("linkpath")) link = pax.get("linkpath");
            if (pax.containsKey("size")) {
                try {
                    size = Long.parseLong(pax.get("size").trim());
                } catch (NumberFormatException e) {
                    throw new IOException("corrupt tar: PAX size '" + pax.get("size") + "'");
                }
                remaining = size;
                padding = (512 - size % 512) % 512;
            }
            // hard links, symlinks, devices, directories and fifos carry no content whatever the header says
            if (type >= '1' && type <= '6') {
                size = 0;
                remaining = 0;
                padding = 0;
            }
            int mode = (int) parseNumber(header, 100, 8);
            return new Entry(name, type, size, link, mode);
        }
    }

    /** The current entry's content; reading past its end returns -1. Not to be closed by callers. */
    public InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (remaining <= 0) return -1;
                int b = in.read();
                if (b < 0) throw new EOFException("tar entry truncated");
                remaining--;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                if (remaining <= 0) return -1;
                int n = in.read(buf, off, (int) Math.min(len, remaining));
                if (n < 0) throw new EOFException("tar entry truncated");
                remaining -= n;
                return n;
            }
        };
    }

    private void skipRest() throws IOException {
        skipFully(remaining + padding);
        remaining = 0;
        padding = 0;
    }

    private void skipFully(long n) throws IOException {
        byte[] buf = null;
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped > 0) {
                n -= skipped;
                continue;
            }
            if (buf == null) buf = new byte[8192];
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) throw new EOFException("tar archive truncated");
            n -= r;
        }
    }

    private byte[] readAll(long size) throws IOException {
        if (size > 1 << 20) throw new IOException("corrupt tar: extended header of " + size + " bytes");
        byte[] b = in.readNBytes((int) size);
        if (b.length != size) throw new EOFException("tar archive truncated");
        remaining = 0;
        skipFully(padding);
        padding = 0;
        return b;
    }

    private boolean readBlock() throws IOException {
        int n = in.readNBytes(header, 0, 512);
        if (n == 0) return false;
        if (n < 512) throw new EOFException("tar archive truncated in a header");
        return true;
    }

    private void verifyChecksum() throws IOException {
        long stored = parseNumber(header, 148, 8);
        long sum = 0;
        for (int i = 0; i < 512; i++) sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xff);
        if (stored != sum) throw new IOException("not a tar archive (header checksum mismatch)");
    }

    private String ustarName() {
        String name = field(header, 0, 100);
        boolean ustar = header[257] == 'u'
                && header[258] == 's'
                && header[259] == 't'
                && header[260] == 'a'
                && header[261] == 'r';
        if (ustar) {
            String prefix = field(header, 345, 155);
            if (!prefix.isEmpty()) name = prefix + "/" + name;
        }
        return name;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) if (b != 0) return false;
        return true;
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) end++;
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    private static String cString(byte[] b) {
        int end = 0;
        while (end < b.length && b[end] != 0) end++;
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    /** Octal, or GNU base-256 when the high bit of the first byte is set. */
    static long parseNumber(byte[] h, int off, int len) throws IOException {
        if ((h[off] & 0x80) != 0) {
            long v = h[off] & 0x7f;
            for (int i = 1; i < len; i++) v = (v << 8) | (h[off + i] & 0xff);
            return v;
        }
        long v = 0;
        boolean any = false;
        for (int i = off; i < off + len; i++) {
            byte c = h[i];
            if (c == 0 || c == ' ') {
                if (any) break;
                continue;
            }
            if (c < '0' || c > '7') throw new IOException("not a tar archive (bad number in header)");
            v = (v << 3) + (c - '0');
            any = true;
        }
        return v;
    }

    /** PAX records: {@code "<len> key=value\n"}. */
    private static Map<String, String> parsePax(byte[] b) throws IOException {
        Map<String, String> out = new HashMap<>();
        int i = 0;
        while (i < b.length) {
            int sp = i;
            while (sp < b.length && b[sp] != ' ') sp++;
            if (sp >= b.length) break;
            int len;
            try {
                len = Integer.parseInt(new String(b, i, sp - i, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw new IOException("corrupt tar: bad PAX record");
            }
            if (len <= 0 || i + len > b.length) throw new IOException("corrupt tar: bad PAX record length");
            String rec = new String(b, sp + 1, i + len - sp - 2, StandardCharsets.UTF_8);
            int eq = rec.indexOf('=');
            if (eq > 0) out.put(rec.substring(0, eq), rec.substring(eq + 1));
            i += len;
        }
        return out;
    }
}
