package dev.imgslim.rules;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A rule that judges one kind of instruction at a time. Its class line says what it visits (the type
 * argument) and where ({@link Reach}); the engine walks the build model once per file and hands every
 * matching instruction to every such rule, so the rule holds no loops over stages and no checks of
 * "does this stage ship".
 *
 * <pre>{@code
 * public final class WorkdirRelative extends NodeRule<Workdir> {
 *     public void visit(Node<Workdir> node, FindingSink out) {
 *         node.value().path().filter(p -> !p.text().startsWith("/"))
 *             .ifPresent(p -> out.report(p.span(), "..."));
 *     }
 * }
 * }</pre>
 *
 * @param <T> the instruction type visited: a subclass of {@code syntax.Instruction} ({@code Run},
 *            {@code From}), {@code FileTransfer} for COPY and ADD alike, or {@code Instruction} for all
 */
public abstract class NodeRule<T> extends AbstractRule {
    private final Class<?> visits = visitedType(getClass());
    private final boolean shippingOnly = this instanceof Reach.ShippingOnly;
    private final boolean onbuildTriggers = this instanceof Reach.OnbuildTriggers;

    final Class<?> visits() {
        return visits;
    }

    final boolean shippingOnly() {
        return shippingOnly;
    }

    final boolean onbuildTriggers() {
        return onbuildTriggers;
    }

    public abstract void visit(Node<T> node, FindingSink out);

    /** Run alone (tests, tools): the same walk the engine does, for this rule only. */
    @Override
    public final void check(LintContext ctx, FindingSink out) {
        new ModelWalk(ctx).add(this, out).walk();
    }

    /** The {@code T} of the {@code extends NodeRule<T>} on the rule's class line or its family base's. */
    private static Class<?> visitedType(Class<?> rule) {
        Class<?> c = rule;
        while (c.getSuperclass() != NodeRule.class) c = c.getSuperclass();
        Type t = ((ParameterizedType) c.getGenericSuperclass()).getActualTypeArguments()[0];
        if (t instanceof Class<?> type) return type;
        throw new IllegalStateException(
                rule.getName() + ": the class extending NodeRule must name the instruction type");
    }
}
