package dev.imgslim.syntax;

import java.util.ArrayList;
import java.util.List;

/** {@code LABEL key=value ...}. */
public final class Label extends Instruction {
    Label(Parts p) {
        super(p);
    }

    /** The key/value pairs, in order; the legacy form {@code KEY name value} gives one pair. */
    public List<KeyValue> pairs() {
        List<KeyValue> out = new ArrayList<>();
        List<Word> w = argWords();
        for (int k = 0; k + 1 < w.size(); k += 3) out.add(new KeyValue(w.get(k), w.get(k + 1), args().get(k + 2).isEmpty()));
        return out;
    }
}
