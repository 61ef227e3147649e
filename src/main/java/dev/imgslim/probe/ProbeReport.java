package dev.imgslim.probe;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The probe's result: the base, each candidate, and each candidate's verdict against the base.
 * Images whose measurements failed are still in the report, with their errors.
 *
 * @param base       null when no base was given
 * @param platform   the platform measured
 * @param notes      remarks about the run as a whole (e.g. which platform was assumed)
 */
public record ProbeReport(
        ImageMeasurement base,
        List<ImageMeasurement> candidates,
        List<Verdict> verdicts,
        String platform,
        List<String> notes) {

    /** Exit code 0: everything measured. */
    public static final int MEASURED = 0;
    /** Exit code 3: the probe could not measure something (daemon, registry, tag, auth, timeout, pull). */
    public static final int COULD_NOT_MEASURE = 3;

    public ProbeReport {
        candidates = List.copyOf(candidates);
        verdicts = List.copyOf(verdicts);
        notes = List.copyOf(notes);
    }

    /** Base first, then candidates. */
    public List<ImageMeasurement> all() {
        return base == null
                ? candidates
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(base), candidates.stream())
                        .toList();
    }

    /** "image: message" for every failed measurement, in report order. */
    public List<String> errors() {
        return all().stream()
                .flatMap(m -> m.errors().stream().map(e -> m.image() + ": " + e))
                .toList();
    }

    public int exitCode() {
        return errors().isEmpty() ? MEASURED : COULD_NOT_MEASURE;
    }

    /** The fit (or unchecked) candidate that saves the most compressed bytes, when any saves some. */
    public Optional<Verdict> best() {
        return verdicts.stream()
                .filter(v -> v.compressedBytesSaved() != null && v.compressedBytesSaved() > 0)
                .filter(v -> !Boolean.FALSE.equals(v.fit()))
                .max(Comparator.comparingLong(Verdict::compressedBytesSaved));
    }
}
