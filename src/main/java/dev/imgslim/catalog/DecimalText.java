package dev.imgslim.catalog;

/**
 * A quotient of two whole numbers written with a fixed number of decimals, rounded half up: what
 * {@code String.format(Locale.ROOT, "%.Nf", numerator / (double) divisor)} prints for the byte figures
 * imgslim shows, worked out in whole numbers. The first {@code String.format} of a run loads the
 * formatter, its regular expression and the floating-point digit machinery: about 2 ms of a one-file
 * lint's main thread, a tenth of what its rules cost (20 sampled runs).
 */
public final class DecimalText {
    private DecimalText() {}

    /**
     * {@code numerator / divisor} with {@code decimals} digits after the point, rounded half up.
     *
     * @param numerator at least 0
     * @param divisor a positive multiple of 10 to the power {@code decimals} (here: a power of 1000)
     * @param decimals 0, 1 or 2
     */
    public static String halfUp(long numerator, long divisor, int decimals) {
        long unit = decimals == 0 ? 1 : decimals == 1 ? 10 : 100;
        if (numerator < 0 || divisor <= 0 || divisor % unit != 0 || decimals < 0 || decimals > 2) {
            throw new IllegalArgumentException(numerator + " / " + divisor + " with " + decimals + " decimals");
        }
        long step = divisor / unit; // the value of the last digit kept
        long scaled = numerator / step + (numerator % step >= step - numerator % step ? 1 : 0);
        if (decimals == 0) return Long.toString(scaled);
        StringBuilder text = new StringBuilder().append(scaled / unit).append('.');
        long fraction = scaled % unit;
        if (decimals == 2 && fraction < 10) text.append('0');
        return text.append(fraction).toString();
    }
}
