package dev.imgslim.probe;

/**
 * A measurement the probe could not make, with a message fit to print on one line as-is.
 * Checked on purpose: every call site that talks to a registry or a daemon has to decide
 * whether the rest of the report can still come (it almost always can).
 * Messages never contain credentials or stack traces.
 */
public final class ProbeFault extends Exception {

    /** What went wrong, for callers (and tests) that need more than the text. */
    public enum Kind {
        DAEMON_UNREACHABLE,
        REGISTRY_UNREACHABLE,
        REGISTRY_TIMEOUT,
        REGISTRY_ERROR,
        NOT_FOUND,
        AUTH_REFUSED,
        PLATFORM_MISSING,
        UNSUPPORTED_MANIFEST,
        BAD_REFERENCE,
        PULL_FAILED,
        CONTAINER_FAILED,
        BUILD_FAILED,
        INTERRUPTED
    }

    private final Kind kind;

    public ProbeFault(Kind kind, String message) {
        super(message, null, false, false); // no stack trace: it is never shown and costs time
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
