package dev.imgslim.rules.hadolint;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * An {@code rfc3339} label whose value is not an RFC 3339 date-time with a zone ({@code 2026-11-27T09:40:00Z}). Quiet when the configured {@code label-schema} has no label of type {@code rfc3339}; empty values and
 * values with unresolved variables are not judged.
 */
public final class LabelInvalidRfc3339 extends TypedLabel {
    public LabelInvalidRfc3339() {
        super("rfc3339", "an RFC 3339 date-time such as 2026-11-27T09:40:00Z");
    }

    private static final Pattern FORMAT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    @Override
    boolean isValid(String v) {
        if (!FORMAT.matcher(v).matches()) return false;
        try {
            OffsetDateTime.parse(v.replace(" ", "T").replace("t", "T").replace("z", "Z"));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
