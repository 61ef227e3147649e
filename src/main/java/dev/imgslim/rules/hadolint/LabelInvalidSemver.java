package dev.imgslim.rules.hadolint;

import java.util.regex.Pattern;

/**
 * A {@code semver} label whose value is not a semantic version as semver.org 2.0.0 defines it ({@code 1.4.2}, {@code 2.0.0-rc.1+build.5}; a leading {@code v} is not semver). Quiet when the configured {@code label-schema} has no label of type {@code semver}; empty values and
 * values with unresolved variables are not judged.
 */
public final class LabelInvalidSemver extends TypedLabel {
    public LabelInvalidSemver() {
        super("semver", "a semantic version such as 1.4.2 or 2.0.0-rc.1");
    }

    @Override
    boolean isValid(String value) {
        return SEMVER.matcher(value).matches();
    }

    /** semver.org 2.0.0, without a leading v. */
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
}
