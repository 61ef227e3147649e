package dev.imgslim.rules.hadolint;

import java.net.URI;

/**
 * A {@code url} label whose value is not an absolute URL with a scheme and a host ({@code https://example.com/x}). Quiet when the configured {@code label-schema} has no label of type {@code url}; empty values and
 * values with unresolved variables are not judged.
 */
public final class LabelInvalidUrl extends TypedLabel {
    public LabelInvalidUrl() {
        super("url", "an absolute URL");
    }

    @Override
    boolean isValid(String v) {
        try {
            URI u = new URI(v);
            return u.isAbsolute()
                    && u.getScheme() != null
                    && (u.getHost() != null
                            || u.getScheme().equals("mailto")
                            || u.getScheme().equals("urn"));
        } catch (Exception e) {
            return false;
        }
    }
}
