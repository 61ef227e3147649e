package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Byte figures written in whole numbers ({@link DecimalText}, {@link ByteUnits}) read exactly as the
 * {@code String.format} versions they replace, on every size up to a petabyte that can round differently:
 * random sizes at every scale, the ties of each rounding step and their neighbours.
 */
class DecimalTextTest {

    /** ByteUnits.human as it was written with {@code String.format}: the reference. */
    private static String formatted(long bytes) {
        if (bytes < 1000) return bytes + " B";
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        if (Math.round(value) >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String number;
        if (unit >= 2) {
            number = value < 10
                    ? String.format(Locale.ROOT, "%.2f", value)
                    : value < 100
                            ? String.format(Locale.ROOT, "%.1f", value)
                            : String.format(Locale.ROOT, "%.0f", value);
            if (number.contains(".")) number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
        } else {
            number = value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
        }
        return number + " " + units[unit];
    }

    private static List<Long> sizes() {
        List<Long> sizes = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(20261206);
        for (long top = 1000; top <= 1_000_000_000_000_000L; top *= 10) {
            for (int i = 0; i < 5_000; i++) sizes.add(random.nextLong(top));
            // every tie of the last digit kept (…5 followed by zeros) at this scale, and its neighbours
            for (long step = 1; step * 10 <= top; step *= 10) {
                for (int i = 0; i < 200; i++) {
                    long tie = (random.nextLong(top / step / 10) * 10 + 5) * step;
                    sizes.add(tie - 1);
                    sizes.add(tie);
                    sizes.add(tie + 1);
                }
            }
        }
        for (long unit = 1000; unit <= 1_000_000_000_000L; unit *= 1000) {
            for (long n : new long[] {999, 9, 99}) {
                sizes.add(n * unit + unit / 2 - 1);
                sizes.add(n * unit + unit / 2);
                sizes.add((n + 1) * unit - 1);
                sizes.add((n + 1) * unit);
            }
        }
        return sizes;
    }

    @Test
    void byteUnitsReadAsTheFormattedVersionDid() {
        List<Long> sizes = sizes();
        assertThat(sizes).hasSizeGreaterThan(100_000);
        for (long bytes : sizes)
            assertThat(ByteUnits.human(bytes)).as("%d bytes", bytes).isEqualTo(formatted(bytes));
        assertThat(ByteUnits.human(410_908_459)).isEqualTo("411 MB");
        assertThat(ByteUnits.human(999_700_000)).isEqualTo("1 GB");
        assertThat(ByteUnits.human(2_300_000_000L)).isEqualTo("2.3 GB");
        assertThat(ByteUnits.human(-3_800_000)).isEqualTo("-3.8 MB");
    }

    @Test
    void quotientsReadAsStringFormatWritesThem() {
        for (long bytes : sizes()) {
            for (int decimals = 0; decimals <= 2; decimals++) {
                String expected = String.format(Locale.ROOT, "%." + decimals + "f", bytes / 1e6);
                assertThat(DecimalText.halfUp(bytes, 1_000_000, decimals))
                        .as("%d", bytes)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void kilobytesAndGigabytesUnderAPetabyteReadAsStringFormatWritesThem() {
        for (long bytes : sizes()) {
            if (bytes >= 1_000_000_000_000_000L) continue; // beyond 15 digits a double no longer holds the quotient
            for (long unit : new long[] {1_000, 1_000_000_000}) {
                String expected = String.format(Locale.ROOT, "%.1f", bytes / (double) unit);
                assertThat(DecimalText.halfUp(bytes, unit, 1))
                        .as("%d / %d", bytes, unit)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void whatItCannotWriteExactlyIsRefused() {
        assertThatThrownBy(() -> DecimalText.halfUp(-1, 1000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DecimalText.halfUp(1, 1005, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DecimalText.halfUp(1, 1000, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
