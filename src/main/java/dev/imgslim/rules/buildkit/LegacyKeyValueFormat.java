package dev.imgslim.rules.buildkit;

import dev.imgslim.fix.edits.InstructionEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.Env;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.KeyValue;
import dev.imgslim.syntax.Label;
import java.util.List;

/**
 * BuildKit's LegacyKeyValueFormat: {@code ENV key value} / {@code LABEL key value} with a space instead
 * of {@code =}. The legacy form takes the whole rest of the line as the value, so
 * {@code ENV A 1 B 2} sets one variable {@code A} to {@code "1 B 2"}.
 *
 * <p>Deliberately not flagged: {@code ARG} (it has no legacy form) and instructions inside {@code ONBUILD}.
 */
public final class LegacyKeyValueFormat extends NodeRule<Instruction> {
    @Override
    public void visit(Node<Instruction> node, FindingSink out) {
        Instruction ins = node.value();
        List<KeyValue> pairs =
                ins instanceof Env env ? env.pairs() : ins instanceof Label label ? label.pairs() : List.of();
        for (KeyValue kv : pairs) {
            if (!kv.legacy()) continue;
            String c = ins.command();
            out.report(
                    kv.key().span(),
                    "\"" + c + " key=value\" should be used instead of legacy \"" + c + " key value\" format",
                    null,
                    InstructionEdits.legacyKeyValue(
                            node.context().file(),
                            ins,
                            kv.key().span(),
                            kv.value().text()));
        }
    }
}
