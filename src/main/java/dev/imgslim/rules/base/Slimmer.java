package dev.imgslim.rules.base;

import dev.imgslim.catalog.CatalogMatch;
import dev.imgslim.catalog.Saving;
import dev.imgslim.catalog.SizeKind;
import dev.imgslim.catalog.Suggestion;
import dev.imgslim.catalog.VariantData;
import dev.imgslim.rules.SizeSaving;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the slimmer variant that serves a stage: the nearest one in the catalog's ladder that lacks
 * nothing the stages on this base evidently need, keeping glibc where the ladder has a glibc step.
 */
final class Slimmer {
    private Slimmer() {}

    /** Lacks we can weigh against evidence; any other lack (backends, cublas, icu ...) is assumed needed. */
    private static final Set<String> WEIGHABLE = Set.of(
            "compiler",
            "headers",
            "vcs",
            "nvcc",
            "jit",
            "jdk-tools",
            "shell",
            "package-manager",
            "dnf",
            "docs",
            "man-pages",
            "locales",
            "gui-libs",
            "glibc",
            "jupyter");

    /** Lacks a script we cannot read might need. */
    private static final Set<String> OPAQUE_SENSITIVE =
            Set.of("compiler", "headers", "nvcc", "vcs", "jdk-tools", "shell", "package-manager", "dnf");

    /** A serving suggestion, and the smaller musl one left out for libc's sake (or null). */
    record Choice(Suggestion suggestion, Suggestion muslExtra) {}

    /** {@code ladder}: the catalog's ladder of {@code match} (read once per run, see {@link CatalogMatches}). */
    static Optional<Choice> choose(CatalogMatch match, List<Suggestion> ladder, StageEvidence evidence) {
        if (ladder.isEmpty()) return Optional.empty();
        boolean sourceMusl = musl(match.variantOrNull());
        List<Suggestion> sameLibc = new ArrayList<>();
        List<Suggestion> toMusl = new ArrayList<>();
        for (Suggestion s : ladder) {
            if (!sourceMusl && muslTarget(s)) toMusl.add(s);
            else sameLibc.add(s);
        }
        for (Suggestion s : sameLibc) {
            if (blocker(match, s, evidence) == null) {
                Suggestion extra = toMusl.stream()
                        .filter(m -> blocker(match, m, evidence) == null)
                        .findFirst()
                        .orElse(null);
                return Optional.of(new Choice(s, extra));
            }
        }
        if (!sameLibc.isEmpty()) return Optional.empty(); // a glibc step exists but does not serve: do not jump libc
        // Only a fat variant (full, jdk, sdk ...) may jump to alpine; a glibc slim variant is already the usual
        // target, and moving it to musl is a libc change, not a slimmer variant of the same thing.
        String kind =
                match.variantOrNull() == null ? null : match.variantOrNull().kind();
        if (kind == null
                || Set.of("slim", "jre", "runtime", "distroless", "minimal-os", "base")
                        .contains(kind)) {
            return Optional.empty();
        }
        for (Suggestion s : toMusl) {
            if (blocker(match, s, evidence) == null) return Optional.of(new Choice(s, null));
        }
        return Optional.empty();
    }

    /** Why the target does not serve, or null when it does. */
    static String blocker(CatalogMatch from, Suggestion target, StageEvidence evidence) {
        Set<String> lost = new LinkedHashSet<>(target.lacks());
        if (from.variantOrNull() != null) lost.removeAll(from.variantOrNull().lacks());
        for (String lack : lost) {
            if (!WEIGHABLE.contains(lack)) return "lacks " + lack;
            if (lack.equals("glibc")) {
                // To alpine: musl instead of glibc. Anything built or installed for glibc breaks there.
                // Elsewhere (distroless/static, scratch) there is no libc at all: only a static binary runs.
                if (!"alpine".equals(target.kind())) return "lacks a libc";
                if (evidence.usesApt || evidence.usesRpm) return "uses another package manager than alpine's apk";
                if (evidence.installsLanguagePackages)
                    return "installs language packages (wheels and native modules are libc-specific)";
                if (evidence.copiesFromStages) return "copies files built on glibc from another stage";
                if (evidence.opaque != null) return evidence.opaque;
                continue;
            }
            if (evidence.opaque != null && OPAQUE_SENSITIVE.contains(lack)) return evidence.opaque;
            if (lack.equals("jupyter") && !evidence.hasEntrypointOrCmd) return "runs the base image's jupyter CMD";
            // Building anything on a -devel image may call nvcc through the build system.
            String why =
                    lack.equals("nvcc") && evidence.why("nvcc") == null ? evidence.why("compiler") : evidence.why(lack);
            if (why != null) return why;
        }
        // Tools that a full (buildpack-deps) image ships and slim/alpine variants do not.
        String fromKind =
                from.variantOrNull() == null ? null : from.variantOrNull().kind();
        if ("full".equals(fromKind)
                && target.kind() != null
                && Set.of("slim", "alpine").contains(target.kind())) {
            for (String tool : List.of("curl", "wget")) {
                String why = evidence.why("tool:" + tool);
                if (why != null) return why;
            }
        }
        return null;
    }

    static boolean musl(VariantData v) {
        return v != null && (v.lacks().contains("glibc") || "alpine".equals(v.kind()));
    }

    private static boolean muslTarget(Suggestion s) {
        return s.lacks().contains("glibc") || "alpine".equals(s.kind());
    }

    /** The saving a finding carries: compressed where the catalog has it, else on disk, else unspecified. */
    static SizeSaving sizeSaving(Suggestion s) {
        Optional<Saving> best = s.saving(SizeKind.COMPRESSED);
        if (best.isEmpty()) best = s.saving(SizeKind.ON_DISK);
        if (best.isEmpty()) best = s.saving(SizeKind.UNSPECIFIED);
        if (best.isEmpty()) return null;
        Saving v = best.get();
        StringBuilder basis =
                new StringBuilder("catalog, ").append(v.asOfMonth()).append(": ");
        basis.append(v.published() ? "\"" + v.basis() + "\"" : v.basis());
        basis.append(", ").append(v.kind().label());
        if (v.isRange()) basis.append(", lower end of ").append(v.human());
        if (v.uncertain()) basis.append(", uncertain");
        return new SizeSaving(v.minBytes(), v.kind() == SizeKind.COMPRESSED, "catalog", basis.toString());
    }
}
