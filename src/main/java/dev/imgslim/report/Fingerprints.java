package dev.imgslim.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Stable identities for findings, so CI can tell "still there" from "new" across runs. Parts are joined
 * with NUL, which cannot occur in a path, so ("a", "bc") and ("ab", "c") differ. Identical parts get
 * an occurrence number (the second such finding hashes with "#1" …), keeping fingerprints unique
 * within a report while the first occurrence keeps the plain hash.
 * One instance per report: it remembers which keys it has seen.
 */
final class Fingerprints {
    private final Map<String, Integer> seen = new HashMap<>();

    String next(String... parts) {
        String key = String.join("\0", parts);
        int n = seen.merge(key, 1, Integer::sum) - 1;
        return sha256(n == 0 ? key : key + "\0#" + n);
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }
}
