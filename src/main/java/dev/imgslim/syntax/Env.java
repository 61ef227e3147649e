package dev.imgslim.syntax;

import java.util.List;

/** {@code ENV key=value ...} (or the legacy {@code ENV key value}). */
public final class Env extends Instruction {
    Env(Parts p) {
        super(p);
    }

    /** The key/value pairs, in order; the legacy form {@code KEY name value} gives one pair. */
    public List<KeyValue> pairs() {
        return KeyValue.pairsOf(this);
    }
}
