package dev.imgslim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.imgslim.rules.SizeSaving;
import java.io.IOException;

/**
 * A finding's size figures as JSON fields, the same keys in json (on the finding) and sarif (in the
 * result's properties): the estimate ({@code savings*}) and, with {@code lint --image}, the bytes
 * measured in the built image ({@code measured*}). Absent figures are left out, never written as null.
 */
final class SavingsJson {
    private SavingsJson() {}

    /**
     * @param savings the rule's estimate, or null
     * @param measured the bytes measured in a built image, or null
     */
    static void fields(JsonGenerator g, SizeSaving savings, SizeSaving measured) throws IOException {
        if (savings != null) {
            g.writeNumberField("savingsBytes", savings.bytes());
            g.writeBooleanField("savingsCompressed", savings.compressed());
            if (savings.source() != null) g.writeStringField("savingsSource", savings.source());
            if (savings.basis() != null) g.writeStringField("savingsBasis", savings.basis());
        }
        if (measured != null) {
            g.writeNumberField("measuredBytes", measured.bytes());
            g.writeStringField("measuredBasis", measured.basis());
        }
    }
}
