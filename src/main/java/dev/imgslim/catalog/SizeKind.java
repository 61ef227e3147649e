package dev.imgslim.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a byte count measures. Registries show the compressed transfer size; {@code docker images}
 * shows the unpacked on-disk size (about 2.3–2.9× larger), so the two must never be subtracted
 * from each other. Many published figures do not say which they are: those stay UNSPECIFIED.
 */
public enum SizeKind {
    @JsonProperty("compressed")
    COMPRESSED("compressed"),
    @JsonProperty("on-disk")
    ON_DISK("on disk"),
    @JsonProperty("unspecified")
    UNSPECIFIED("size kind unspecified");

    private final String label;

    SizeKind(String label) {
        this.label = label;
    }

    /** Human label used in messages, e.g. {@code on disk}. */
    public String label() {
        return label;
    }
}
