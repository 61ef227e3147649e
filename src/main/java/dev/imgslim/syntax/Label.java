package dev.imgslim.syntax;

import java.util.List;

/** {@code LABEL key=value ...}. */
public final class Label extends Instruction {
    Label(Parts p) {
        super(p);
    }

    /** The key/value pairs, in order; the legacy form {@code KEY name value} gives one pair. */
    public List<KeyValue> pairs() {
        return KeyValue.pairsOf(this);
    }
}
