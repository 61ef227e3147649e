package dev.imgslim.lint;

import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.DockerfileParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a Dockerfile named by the user ({@code -} for stdin) and parses it; every failure has a position.
 * Reading stops at a size cap, so {@code /dev/zero} or an endless pipe is refused instead of exhausting memory.
 */
public final class DockerfileReader {
    private DockerfileReader() {}

    public static Dockerfile read(String name, InputStream stdin) throws DockerfileParseException {
        return read(name, stdin, LintSettings.DEFAULT_MAX_INPUT_BYTES);
    }

    public static Dockerfile read(String name, InputStream stdin, long maxBytes) throws DockerfileParseException {
        byte[] bytes = readBytes(name, stdin, maxBytes);
        // Most Dockerfiles are ASCII: one pass over the bytes says there is no NUL and nothing to decode, and
        // the text is made without UTF-8 decoding's own pass and the two searches below (~1 % of the CPU of
        // a 10,000-file lint, 2026-12-06).
        boolean ascii = plainAscii(bytes);
        String text = ascii ? new String(bytes, StandardCharsets.ISO_8859_1) : DockerfileParser.decode(bytes);
        int nul = ascii ? -1 : text.indexOf('\0');
        if (nul >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < nul; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new DockerfileParseException(
                    line,
                    text.codePointCount(lineStart, nul) + 1,
                    "binary file (contains a NUL byte), not a Dockerfile");
        }
        try {
            return new DockerfileParser().parse(name, text);
        } catch (DockerfileParseException e) {
            // Messages may quote the input: keep them one readable line.
            throw new DockerfileParseException(e.line(), e.column(), Printable.clean(e.getMessage()));
        }
    }

    /** True when every byte is ASCII and none is NUL: decoded as UTF-8 the text is those bytes, one char each. */
    private static boolean plainAscii(byte[] bytes) {
        for (byte b : bytes) if (b <= 0) return false;
        return true;
    }

    /** The bytes of the file or stdin, at most {@code maxBytes}; more is an error at 1:1. */
    static byte[] readBytes(String name, InputStream stdin, long maxBytes) throws DockerfileParseException {
        try {
            if (name.equals("-")) return readCapped(stdin, maxBytes);
            Path p = Path.of(name);
            // A folder is told apart only when reading fails (reading one fails), not by a stat of every file first.
            try (InputStream in = Files.newInputStream(p)) {
                return readCapped(in, maxBytes);
            } catch (IOException e) {
                if (Files.isDirectory(p)) throw new DockerfileParseException(1, 1, "is a directory, not a Dockerfile");
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new DockerfileParseException(1, 1, "no such file");
        } catch (AccessDeniedException e) {
            throw new DockerfileParseException(1, 1, "cannot read: permission denied");
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new DockerfileParseException(1, 1, "cannot read: " + Printable.clean(why));
        }
    }

    private static byte[] readCapped(InputStream in, long maxBytes) throws IOException, DockerfileParseException {
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new DockerfileParseException(
                    1,
                    1,
                    "larger than " + humanBytes(limit) + ", not a Dockerfile (raise the limit with --max-file-size)");
        }
        return bytes;
    }

    static String humanBytes(long n) {
        if (n % (1024 * 1024) == 0) return n / (1024 * 1024) + " MiB";
        if (n % 1024 == 0) return n / 1024 + " KiB";
        return n + " bytes";
    }
}
