package dev.imgslim.testenv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal ustar writer: enough for a rootfs (directories, files, symlinks) to
 * {@code docker import} and for a build context. Written here so the tests depend on nothing
 * but the JDK for their images.
 */
public final class Tar {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public Tar dir(String name) {
        header(name.endsWith("/") ? name : name + "/", 0755, 0, '5', "");
        return this;
    }

    public Tar file(String name, byte[] content, int mode) {
        header(name, mode, content.length, '0', "");
        out.writeBytes(content);
        padTo512(content.length);
        return this;
    }

    public Tar symlink(String name, String target) {
        header(name, 0777, 0, '2', target);
        return this;
    }

    /** A hard link: {@code name} is another name for the file {@code target} stored earlier in the archive. */
    public Tar hardlink(String name, String target) {
        header(name, 0644, 0, '1', target);
        return this;
    }

    /** The archive with its two zero end blocks. */
    public byte[] bytes() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        copy.writeBytes(new byte[1024]);
        return copy.toByteArray();
    }

    public void writeTo(OutputStream target) throws IOException {
        target.write(bytes());
    }

    private void header(String name, int mode, long size, char type, String link) {
        if (name.length() > 100) throw new IllegalArgumentException("name too long for this writer: " + name);
        byte[] h = new byte[512];
        put(h, 0, 100, name);
        octal(h, 100, 8, mode);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, 1_700_000_000L);
        for (int i = 148; i < 156; i++) h[i] = ' ';
        h[156] = (byte) type;
        put(h, 157, 100, link);
        put(h, 257, 6, "ustar");
        put(h, 263, 2, "00");
        put(h, 265, 32, "root");
        put(h, 297, 32, "root");
        long sum = 0;
        for (byte b : h) sum += b & 0xff;
        String chk = String.format("%06o", sum);
        put(h, 148, 6, chk);
        h[154] = 0;
        h[155] = ' ';
        out.writeBytes(h);
    }

    private void padTo512(long size) {
        int rem = (int) (size % 512);
        if (rem != 0) out.writeBytes(new byte[512 - rem]);
    }

    private static void put(byte[] h, int off, int len, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, Math.min(len, b.length));
    }

    private static void octal(byte[] h, int off, int len, long v) {
        String s = String.format("%0" + (len - 1) + "o", v);
        put(h, off, len - 1, s);
        h[off + len - 1] = 0;
    }
}
