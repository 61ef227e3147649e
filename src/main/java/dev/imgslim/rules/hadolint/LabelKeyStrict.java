package dev.imgslim.rules.hadolint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The strict reading of Docker's label key recommendations, beyond what label-invalid-key (hadolint's
 * DL3048) accepts: only lower-case letters, digits, {@code .} and {@code -}, beginning and ending with a
 * letter. Keys with {@code _} or {@code /}, or that start or end with a digit, are valid for Docker and
 * for hadolint, hence off by default: for teams that want the documented style everywhere.
 *
 * <p>Deliberately not flagged: what label-invalid-key already reports (upper case, reserved namespaces,
 * doubled separators: one finding per key is enough); keys given by variables.
 */
public final class LabelKeyStrict extends LabelKeyRule {
    private static final Pattern STRICT = Pattern.compile("[a-z](?:[a-z0-9.-]*[a-z])?");

    @Override
    Optional<String> problem(String k) {
        // Keys label-invalid-key rejects are its findings, not ours.
        if (LabelInvalidKey.invalid(k).isPresent() || STRICT.matcher(k).matches()) return Optional.empty();
        String why = k.contains("_") || k.contains("/")
                ? "uses '" + (k.contains("_") ? "_" : "/") + "'"
                : "begins or ends with a digit";
        return Optional.of(why + "; Docker recommends only a-z, 0-9, '.' and '-', beginning and"
                + " ending with a letter (reverse-DNS style such as com.example.build-date)");
    }
}
