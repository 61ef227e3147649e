package dev.imgslim.report;

import dev.imgslim.rules.Finding;
import java.util.Optional;

/** Small phrases several formats share, kept in one place so they read the same everywhere. */
final class Text {
    private Text() {}

    /** "fixable: imgslim fix --select NAME" (with --unsafe when only an unsafe fix is offered); empty without a fix. */
    static Optional<String> fixHint(Finding f) {
        if (f.fixes().isEmpty()) return Optional.empty();
        boolean safe = f.fixes().stream().anyMatch(x -> x.safety() == dev.imgslim.rules.Fix.Safety.SAFE);
        return Optional.of("fixable: imgslim fix " + (safe ? "" : "--unsafe ") + "--select "
                + f.rule().name());
    }

    /** "[IS301 apt-lists-not-removed]" */
    static String ruleTag(Finding f) {
        return "[" + f.rule().code() + " " + f.rule().name() + "]";
    }

    /** "saves ~24 MB, estimate: apt lists", or the source alone when there is no basis. */
    static String savings(Finding f) {
        var s = f.savings();
        String basis = s.basis() == null || s.basis().isBlank() ? s.source() : s.basis();
        return "saves " + SizeText.approx(s.bytes()) + (basis == null || basis.isBlank() ? "" : ", " + basis);
    }

    /** True when the message already says what fixing it saves (the catalog's messages do), so no suffix repeats it. */
    static boolean statesSavings(Finding f) {
        return f.message().contains("saves ~");
    }

    static String position(String file, int line, int column) {
        return file + ":" + line + ":" + column;
    }
}
