package dev.imgslim.rules;

import java.util.Set;

/**
 * A rule that judges one kind of instruction at a time. It declares in its constructor what it visits
 * and where; the engine walks the build model once per file and hands every matching instruction to
 * every such rule, so the rule holds no loops over stages and no checks of "does this stage ship".
 *
 * <pre>{@code
 * public final class WorkdirRelative extends NodeRule<Workdir> {
 *     public WorkdirRelative() { super(META, Workdir.class); }
 *     public void visit(Node<Workdir> node, FindingSink out) {
 *         node.value().path().filter(p -> !p.text().startsWith("/"))
 *             .ifPresent(p -> out.report(META, p.span(), "..."));
 *     }
 * }
 * }</pre>
 *
 * @param <T> the instruction type visited: a subclass of {@code syntax.Instruction} ({@code Run},
 *            {@code From}), {@code FileTransfer} for COPY and ADD alike, or {@code Instruction} for all
 */
public abstract class NodeRule<T> extends AbstractRule {
    private final Class<T> visits;
    private final Set<Reach> reach;

    /**
     * @param meta   the rule's identity
     * @param visits the instruction type the engine hands it
     * @param reach  {@link Reach#SHIPPING_ONLY}, {@link Reach#ONBUILD_TRIGGERS}, or nothing: every stage
     */
    protected NodeRule(RuleMeta meta, Class<T> visits, Reach... reach) {
        super(meta);
        this.visits = visits;
        this.reach = Reach.of(reach);
    }

    final Class<T> visits() {
        return visits;
    }

    final boolean shippingOnly() {
        return reach.contains(Reach.SHIPPING_ONLY);
    }

    final boolean onbuildTriggers() {
        return reach.contains(Reach.ONBUILD_TRIGGERS);
    }

    public abstract void visit(Node<T> node, FindingSink out);

    /** Run alone (tests, tools): the same walk the engine does, for this rule only. */
    @Override
    public final void check(LintContext ctx, FindingSink out) {
        new ModelWalk(ctx).add(this, out).walk();
    }
}
