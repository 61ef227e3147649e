package dev.imgslim.ignore;

/** How a .dockerignore treats a directory and everything below it. */
public enum Coverage {
    /** The directory and all of its contents are left out of the build context. */
    EXCLUDED,
    /** No pattern can exclude the directory or anything under it. */
    INCLUDED,
    /**
     * Some but not necessarily all of it is excluded, e.g. {@code .git/objects}, {@code .git/*}
     * (contents gone, empty directory kept) or {@code .git} followed by {@code !.git/HEAD}.
     * May over-report: a pattern that only looks like it could match below the directory counts.
     */
    PARTIAL
}
