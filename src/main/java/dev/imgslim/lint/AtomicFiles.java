package dev.imgslim.lint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees half a file and a failed write never destroys the old one:
 * the content goes to a temporary file next to the target, which then replaces it in one rename.
 *
 * <p>The result looks as if the file had been written in place: a new file gets the mode the umask
 * gives (the temporary file is created without explicit permissions), an existing file keeps its
 * mode, and a symlink at the path is followed, so its target is replaced and the link stays.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** A write that failed, with the reason in plain words (no exception class names). */
    public static final class WriteException extends IOException {
        public WriteException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    public static void write(Path target, String content) throws WriteException {
        Pending p = open(target);
        try {
            try {
                p.stream().write(content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new WriteException(reason(e), e);
            }
            p.commit();
        } finally {
            p.abort();
        }
    }

    /**
     * Starts writing {@code target}: what is written to {@link Pending#stream()} goes to a temporary file
     * next to it, which {@link Pending#commit()} renames over the target; {@link Pending#abort()} (a no-op
     * after a commit) deletes it and leaves the target as it was. For output written as it is produced.
     */
    public static Pending open(Path target) throws WriteException {
        if (target.toString().isEmpty()) throw new WriteException("empty path", null);
        Path abs;
        try {
            abs = followLinks(target.toAbsolutePath());
        } catch (IOException e) {
            throw new WriteException(reason(e), e);
        }
        if (Files.isDirectory(abs)) throw new WriteException("is a directory", null);
        Path dir = abs.getParent();
        if (dir == null) throw new WriteException("not a file path", null);
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new WriteException(dir + " is not a folder", null);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            try {
                tmp = createSibling(dir, abs.getFileName().toString());
            } catch (NoSuchFileException e) {
                throw new WriteException("cannot create a file in " + dir, e);
            }
            OutputStream out =
                    Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            return new Pending(abs, tmp, out);
        } catch (IOException e) {
            delete(tmp);
            throw e instanceof WriteException w ? w : new WriteException(reason(e), e);
        }
    }

    /** A file being written under a temporary name (see {@link #open}). */
    public static final class Pending {
        private final Path target;
        private final Path tmp;
        private final OutputStream out;
        private boolean done;

        private Pending(Path target, Path tmp, OutputStream out) {
            this.target = target;
            this.tmp = tmp;
            this.out = out;
        }

        /** Where the content goes (buffer it: every write is a system call). */
        public OutputStream stream() {
            return out;
        }

        /** Closes the temporary file and renames it over the target (an existing target keeps its mode). */
        public void commit() throws WriteException {
            if (done) return;
            try {
                out.close();
                keepMode(target, tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
            } catch (IOException e) {
                throw new WriteException(reason(e), e);
            } finally {
                if (!done) abort();
            }
        }

        /** Drops the temporary file; the target is untouched. Nothing happens after a commit. */
        public void abort() {
            if (done) return;
            done = true;
            try {
                out.close();
            } catch (IOException ignored) {
                // the write failed already; all that matters is that the temporary file goes
            }
            delete(tmp);
        }
    }

    private static void delete(Path tmp) {
        if (tmp == null) return;
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the write already failed or succeeded; a stray temporary file is all that is left
        }
    }

    /** The file a chain of symlinks ends at (which may not exist yet), so that the link is written through. */
    static Path followLinks(Path p) throws IOException {
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) throw new FileSystemException(p.toString(), null, "too many levels of symbolic links");
            Path link = Files.readSymbolicLink(p);
            p = p.getParent() == null ? link : p.getParent().resolve(link).normalize();
        }
        return p;
    }

    /** A new empty file next to the target: created with default permissions, so the umask applies. */
    private static Path createSibling(Path dir, String name) throws IOException {
        for (int i = 0; ; i++) {
            Path tmp = dir.resolve("." + name + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (i > 100) throw e;
            }
        }
    }

    /** An existing file keeps its permission bits. */
    private static void keepMode(Path existing, Path tmp) throws IOException {
        if (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) return;
        PosixFileAttributeView from = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (from == null || to == null) return;
        to.setPermissions(from.readAttributes().permissions());
    }

    /** What went wrong, as a user reads it: "permission denied", "no space left on device". */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException n) return "no such file or folder: " + n.getFile();
        if (e instanceof NotDirectoryException n) return "not a folder: " + n.getFile();
        if (e instanceof FileAlreadyExistsException f) return f.getFile() + " exists and is not a folder";
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            return r.isEmpty() ? "cannot write" : Character.toLowerCase(r.charAt(0)) + r.substring(1);
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) return "cannot write";
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
