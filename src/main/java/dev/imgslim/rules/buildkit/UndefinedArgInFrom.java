package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.From;
import dev.imgslim.syntax.Span;
import dev.imgslim.syntax.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's UndefinedArgInFrom: a variable in a FROM image or {@code --platform} that is neither
 * declared by an ARG before the first FROM nor one of BuildKit's automatic platform ARGs
 * ({@code TARGETPLATFORM}, {@code BUILDARCH}...). An ARG declared inside a stage is not visible to
 * later FROM lines. Suggests a declared name at edit distance below 3, as BuildKit does.
 *
 * <p>Deliberately not flagged: a global ARG declared without a default (it is declared; the empty
 * default is invalid-default-arg-in-from's business), escaped or single-quoted dollars.
 */
public final class UndefinedArgInFrom extends NodeRule<From> {
    @Override
    public void visit(Node<From> node, FindingSink out) {
        From from = node.value();
        char esc = node.context().file().escape();
        FromArgs args = FromArgs.of(node.context());
        Set<String> reported = new HashSet<>();
        Word image = from.image().orElse(null);
        if (image != null) {
            for (String name : Bk.unmatchedNames(image.text(), args.defaults, esc)) {
                report(name, Bk.refSpan(node, List.of(image), name), args, reported, out);
            }
        }
        Word platform = from.platform().orElse(null);
        if (platform != null) {
            for (String name : Bk.unmatchedNames(platform.text(), args.defaults, esc)) {
                report(name, Bk.flagSpan(from, "platform"), args, reported, out);
            }
        }
    }

    private static void report(String name, Span span, FromArgs args, Set<String> reported, FindingSink out) {
        if (args.known.contains(name) || !reported.add(name)) return;
        String hint = Bk.suggest(name, args.known)
                .map(h -> " (did you mean " + h + "?)")
                .orElse("");
        out.report(span, "FROM argument '" + name + "' is not declared" + hint);
    }
}
