package dev.imgslim.rules;

/**
 * A rule that judges one kind of instruction at a time. It declares what it visits and where; the
 * engine walks the build model once per file and hands every matching instruction to every such rule,
 * so the rule holds no loops over stages and no checks of "does this stage ship".
 *
 * <pre>{@code
 * public final class WorkdirRelative implements NodeRule<Workdir> {
 *     public Class<Workdir> visits() { return Workdir.class; }
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
public interface NodeRule<T> extends Rule {
    Class<T> visits();

    /** True to visit only stages whose layers end up in the built image ({@link dev.imgslim.build.Stage#ships()}). */
    default boolean shippingOnly() {
        return false;
    }

    /** True to visit also the instructions ONBUILD wraps ({@link Node#onbuild()} is then set). */
    default boolean onbuildTriggers() {
        return false;
    }

    void visit(Node<T> node, FindingSink out);

    /** Run alone (tests, tools): the same walk the engine does, for this rule only. */
    @Override
    default void check(LintContext ctx, FindingSink out) {
        new ModelWalk(ctx).add(this, out).walk();
    }
}
