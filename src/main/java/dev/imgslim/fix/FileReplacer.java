package dev.imgslim.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * {@code fix --write}: replaces a Dockerfile so that the original survives every failure. The new text
 * goes to a temporary file next to it, is flushed to disk, gets the original's permissions, and is
 * renamed over it in one step; a full disk or an interrupted write leaves the original as it was and no
 * temporary file behind. A file the user cannot write (read-only) is refused rather than replaced, even
 * when the folder would allow the rename. A symbolic link keeps pointing where it did: its target is replaced.
 */
public final class FileReplacer {
    private FileReplacer() {}

    /**
     * Replaces the file's content atomically, keeping its mode.
     *
     * @throws IOException with a message fit for {@code file: error: message} when the file cannot be replaced
     */
    public static void replace(Path file, String content) throws IOException {
        Path target = file.toRealPath();
        if (readOnly(target)) throw new AccessDeniedException(file.toString(), null, "the file is read-only");
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".imgslim-fix");
        try {
            try (FileChannel ch =
                    FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            copyPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** No write permission for anyone ({@code chmod a-w}), or none for this user; root passes access checks, so the bits decide. */
    private static boolean readOnly(Path target) throws IOException {
        if (!Files.isWritable(target)) return true;
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null) return false;
        Set<PosixFilePermission> perms = view.readAttributes().permissions();
        return !perms.contains(PosixFilePermission.OWNER_WRITE)
                && !perms.contains(PosixFilePermission.GROUP_WRITE)
                && !perms.contains(PosixFilePermission.OTHERS_WRITE);
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null) return; // not a POSIX file system: the temporary file keeps the default
        Set<PosixFilePermission> perms = view.readAttributes().permissions();
        Files.setPosixFilePermissions(to, perms);
    }
}
