package dev.imgslim.analyze.zstd;

import java.io.IOException;

/** A zstd stream that breaks RFC 8878 (corrupt or truncated data), or one that needs what a layer cannot carry. */
public final class ZstdFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ZstdFormatException(String message) {
        super(message);
    }
}
