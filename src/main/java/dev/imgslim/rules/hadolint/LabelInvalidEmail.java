package dev.imgslim.rules.hadolint;

import java.util.regex.Pattern;

/**
 * An {@code email} label whose value is not a plain email address ({@code team@example.com}; {@code Name <team@example.com>} is not). Quiet when the configured {@code label-schema} has no label of type {@code email}; empty values and
 * values with unresolved variables are not judged.
 */
public final class LabelInvalidEmail extends TypedLabel {
    public LabelInvalidEmail() {
        super("email", "an email address");
    }

    @Override
    boolean isValid(String value) {
        return EMAIL.matcher(value).matches();
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
}
