package dev.imgslim.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code key=value} of ENV or LABEL.
 *
 * @param legacy true for the legacy form {@code ENV key value}, whose value is the rest of the line
 */
public record KeyValue(Word key, Word value, boolean legacy) {

    /** ENV's and LABEL's argument triples (key, value, separator) as pairs. */
    static List<KeyValue> pairsOf(Instruction ins) {
        List<KeyValue> out = new ArrayList<>();
        List<Word> w = ins.argWords();
        for (int k = 0; k + 1 < w.size(); k += 3)
            out.add(new KeyValue(w.get(k), w.get(k + 1), ins.args().get(k + 2).isEmpty()));
        return out;
    }
}
