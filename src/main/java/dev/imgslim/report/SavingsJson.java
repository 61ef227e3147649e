package dev.imgslim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.SizeSaving;
import java.io.IOException;
import java.util.Optional;

/**
 * A finding's size figures as JSON fields, the same keys in json (on the finding) and sarif (in the
 * result's properties): the estimate ({@code savings*}) and, with {@code lint --image}, the bytes
 * measured in the built image ({@code measured*}). Absent figures are left out, never written as null.
 */
final class SavingsJson {
    private SavingsJson() {}

    /** The finding's estimate, then the bytes measured in a built image where there are any. */
    static void fields(JsonGenerator g, Finding f, Optional<SizeSaving> measured) throws IOException {
        SizeSaving savings = f.savings();
        if (savings != null) {
            g.writeNumberField("savingsBytes", savings.bytes());
            g.writeBooleanField("savingsCompressed", savings.compressed());
            if (savings.source() != null) g.writeStringField("savingsSource", savings.source());
            if (savings.basis() != null) g.writeStringField("savingsBasis", savings.basis());
        }
        if (measured.isPresent()) {
            g.writeNumberField("measuredBytes", measured.get().bytes());
            g.writeStringField("measuredBasis", measured.get().basis());
        }
    }
}
