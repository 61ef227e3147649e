package dev.imgslim.cli;

/** The exit codes imgslim documents in --help and the README. */
public final class ExitCodes {
    /** Nothing at or above the failure threshold. */
    public static final int OK = 0;
    /** Findings at or above the failure threshold (or the size budget exceeded). */
    public static final int FINDINGS = 1;
    /** Usage error or bad input: unknown option, missing file, parse error. */
    public static final int USAGE = 2;
    /** The probe could not measure one or more images. */
    public static final int PROBE_FAILED = 3;
    /** A bug in imgslim. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
