package dev.imgslim.syntax;

/** The file is not a Dockerfile BuildKit would accept. Positions are 1-based. */
public final class DockerfileParseException extends Exception {
    private final int line;
    private final int column;

    public DockerfileParseException(int line, int column, String message) {
        // No stack trace: this is the file's verdict, printed as one line, never a trace; a batch of mutated
        // or foreign files throws one or two per file (half of a 10,000-file corpus run), each walking the stack.
        super(message, null, true, false);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The error as the CLI prints it for {@code file}: {@code file:line:col: error: message}. */
    public String render(String file) {
        return file + ":" + line + ":" + column + ": error: " + getMessage();
    }
}
