package dev.imgslim.rules.hadolint;

import java.util.regex.Pattern;

/**
 * A {@code hash} label whose value is not a full git commit hash (40 hex digits for SHA-1 repositories, 64 for SHA-256). Quiet when the configured {@code label-schema} has no label of type {@code hash}; empty values and
 * values with unresolved variables are not judged.
 */
public final class LabelInvalidGitHash extends TypedLabel {
    public LabelInvalidGitHash() {
        super("hash", "a full git commit hash (40 or 64 lower-case hex digits)");
    }

    @Override
    boolean isValid(String value) {
        return HASH.matcher(value).matches();
    }

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
}
