package dev.imgslim.rules;

/** What kind of problem a rule finds; reporters group and users filter by it. */
public enum Category {
    /** Makes the image bigger or slower to pull than it needs to be. */
    SIZE,
    /** The build or the image does something other than what the author meant. */
    CORRECTNESS,
    /** Security-relevant (secrets, root user, untrusted registries). */
    SECURITY,
    /** Maintainability: pinning, casing, deprecated forms. */
    STYLE
}
