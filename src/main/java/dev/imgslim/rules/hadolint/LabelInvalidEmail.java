package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import java.util.regex.Pattern;

/**
 * An {@code email} label whose value is not a plain email address ({@code team@example.com}; {@code Name <team@example.com>} is not). Quiet when the configured {@code label-schema} has no label of type {@code email}; empty values and
 * values with unresolved variables are not judged.
 */
public final class LabelInvalidEmail extends TypedLabel {
    public static final RuleMeta META = new RuleMeta(
                    "IS649",
                    "label-invalid-email",
                    Severity.WARNING,
                    Category.STYLE,
                    "A label of type email in the label schema is not an email address")
            .withAliases("DL3058");

    public LabelInvalidEmail() {
        super(META, "email", "an email address", EMAIL.asMatchPredicate());
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
}
