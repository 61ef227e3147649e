package dev.imgslim.rules;

import dev.imgslim.build.BuildModel;
import dev.imgslim.build.SharedStrings;
import dev.imgslim.config.Config;
import dev.imgslim.config.Severity;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs the rules over one file, then applies, in one place: config ignores, inline suppressions and
 * severity overrides. Rules only judge.
 */
public final class LintEngine {
    private final List<Rule> rules;
    private final VisitorIndex visitorIndex;

    public LintEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.visitorIndex = new VisitorIndex(this.rules);
    }

    public static LintEngine builtin() {
        return new LintEngine(BuiltinRules.all());
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Finding> lint(Dockerfile file, LintOptions options) {
        return lint(new LintContext(file, BuildModel.of(file, options.buildArgs(), options.target()), options));
    }

    /** Lints a file whose model is already built (a batch builds it ahead, to start ShellCheck early). */
    public List<Finding> lint(LintContext ctx) {
        Dockerfile file = ctx.file();
        LintOptions options = ctx.options();
        Config config = options.config();
        Suppressions suppressions = new Suppressions(file);
        List<Finding> findings = new ArrayList<>();
        // Rules repeat one message at many places (a 10 MB file: 25k findings in three texts, ~5 MB as
        // copies): the findings of a file keep one copy of each equal message.
        SharedStrings messages = new SharedStrings();
        ModelWalk walk = new ModelWalk(ctx, visitorIndex);
        for (Planned planned : planFor(config)) {
            Rule rule = planned.rule();
            RuleMeta meta = rule.meta();
            FindingSink sink = new FindingSink(
                    meta, new Collected(meta, planned.severity(), config, file, messages, suppressions, findings));
            // Rules that declare what they visit share one walk; the others look at the whole file.
            if (rule instanceof NodeRule<?> nodeRule) walk.add(nodeRule, sink, planned.position());
            else if (rule instanceof StageRule stageRule) walk.add(stageRule, sink);
            else rule.check(ctx, sink);
        }
        walk.walk();
        findings.sort(ORDER);
        return dedupe(findings);
    }

    /**
     * One rule's findings as they are reported: a named class, not a lambda, on every lint's path (a lambda's
     * first run costs ~0.1 ms of linking on JDK 17; see {@link LintContext#sharedOrNull}).
     */
    private record Collected(
            RuleMeta meta,
            Severity severity,
            Config config,
            Dockerfile file,
            SharedStrings messages,
            Suppressions suppressions,
            List<Finding> findings)
            implements FindingSink.Receiver {
        @Override
        @SuppressWarnings("ReferenceEquality") // RuleMeta constants are singletons: identity is the rule's identity
        public void accept(RuleMeta r, Span span, String message, SizeSaving savings, List<Fix> fixes) {
            // A rule may report under a finer meta (shellcheck reports each SC code under its own):
            // that meta's own ignores and severity apply, with an override of its exact code first.
            Severity sev = severity;
            if (r != meta) {
                if (isListed(r, config.ignore())) return;
                sev = overrideExact(r, config.severity());
            }
            String text = messages.share(message);
            Finding f = new Finding(r, sev, file.path(), span == null ? Span.ofLine(1) : span, text, savings, fixes);
            if (!suppressions.suppresses(f)) findings.add(f);
        }
    }

    /** A rule the settings run, at its position in {@link #rules}, with its effective severity. */
    private record Planned(int position, Rule rule, Severity severity) {}

    /** The rules run under {@code config}, with its ignores, enables and severities as they were then. */
    private record Plan(
            Config config,
            List<String> ignore,
            List<String> enable,
            Map<String, Severity> severity,
            List<Planned> rules) {}

    /** The last plan made: a run lints every file with the same settings. */
    private volatile Plan plan;

    /**
     * Which rules run, with which severity, under {@code config}: the same for every file of a run, so worked
     * out once rather than per file for every rule (with a FindingSink and a walk entry each, the loop was
     * ~1 % of the CPU of a 10,000-file lint, 2026-12-06). Kept for that config object while its lists and map
     * still hold what they held (a config's collections need not be immutable).
     */
    private List<Planned> planFor(Config config) {
        Plan known = plan;
        if (known != null
                && known.config() == config
                && known.ignore().equals(config.ignore())
                && known.enable().equals(config.enable())
                && known.severity().equals(config.severity())) return known.rules();
        List<Planned> out = new ArrayList<>();
        for (int position = 0; position < rules.size(); position++) {
            Rule rule = rules.get(position);
            RuleMeta meta = rule.meta();
            if (isListed(meta, config.ignore())) continue;
            if (meta.offByDefault() && !isListed(meta, config.enable())) continue;
            out.add(new Planned(position, rule, override(meta, config.severity())));
        }
        Plan made = new Plan(
                config,
                List.copyOf(config.ignore()),
                List.copyOf(config.enable()),
                Map.copyOf(config.severity()),
                List.copyOf(out));
        plan = made;
        return made.rules();
    }

    /** File, line, column, rule code, message: every lint sorts by it, so it is written out, not chained (see Order). */
    public static final Comparator<Finding> ORDER = new Order();

    /**
     * {@link #ORDER}. A {@code Comparator.comparing} chain linked five lambdas and spun three classes at run
     * time that no class-data archive keeps, on every lint.
     */
    private static final class Order implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int c = comparePlaces(a, b);
            return c != 0 ? c : a.message().compareTo(b.message());
        }
    }

    /** The first keys of every order of findings: file, line, column, rule code. */
    public static int comparePlaces(Finding a, Finding b) {
        int c = a.file().compareTo(b.file());
        if (c == 0) c = Integer.compare(a.line(), b.line());
        if (c == 0) c = Integer.compare(a.column(), b.column());
        if (c == 0) c = a.rule().code().compareTo(b.rule().code());
        return c;
    }

    @SuppressWarnings("ReferenceEquality") // RuleMeta constants are singletons: identity is the rule's identity
    private static List<Finding> dedupe(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>(sorted.size());
        Finding prev = null;
        for (Finding f : sorted) {
            if (prev != null
                    && prev.rule() == f.rule()
                    && prev.line() == f.line()
                    && prev.column() == f.column()
                    && prev.message().equals(f.message())) continue;
            out.add(f);
            prev = f;
        }
        return out;
    }

    static boolean isListed(RuleMeta meta, List<String> ids) {
        for (String id : ids) if (meta.isNamed(id)) return true;
        return false;
    }

    private static Severity overrideExact(RuleMeta meta, Map<String, Severity> overrides) {
        for (var e : overrides.entrySet()) if (meta.code().equalsIgnoreCase(e.getKey())) return e.getValue();
        return override(meta, overrides);
    }

    private static Severity override(RuleMeta meta, Map<String, Severity> overrides) {
        for (var e : overrides.entrySet()) if (meta.isNamed(e.getKey())) return e.getValue();
        return meta.severity();
    }
}
