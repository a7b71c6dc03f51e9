package org.xinfang.core.domain.model.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The matters received in one slice of a period (a unit, a channel, a month…) and, for every rate, how
 * many are counted above and below its line. Tallies of slices add up to the tally of the whole.
 */
public final class Tally {

    private long received;
    private final long[] numerators = new long[Rate.values().length];
    private final long[] denominators = new long[Rate.values().length];

    /** {@code numerator} of {@code denominator} with its percentage to one decimal; null percent when nothing is divided. */
    public record Ratio(Rate rate, long numerator, long denominator, BigDecimal percent) {

        static Ratio of(Rate rate, long numerator, long denominator) {
            return new Ratio(rate, numerator, denominator, denominator == 0 ? null
                    : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
        }

        /** {@code 92.3%}, or {@code —} with nothing to divide. */
        public String written() {
            return percent == null ? "—" : percent.toPlainString() + "%";
        }
    }

    /** Nothing received, nothing counted: what slices add up into. */
    public static Tally empty() {
        return new Tally();
    }

    /** A tally of {@code received} matters whose numerators and denominators come in {@link Rate} order. */
    public static Tally of(long received, long[] numerators, long[] denominators) {
        Tally t = new Tally();
        t.received = received;
        System.arraycopy(numerators, 0, t.numerators, 0, t.numerators.length);
        System.arraycopy(denominators, 0, t.denominators, 0, t.denominators.length);
        return t;
    }

    /** Adds {@code other} into this tally. */
    public Tally add(Tally other) {
        received += other.received;
        for (int i = 0; i < numerators.length; i++) {
            numerators[i] += other.numerators[i];
            denominators[i] += other.denominators[i];
        }
        return this;
    }

    public long received() {
        return received;
    }

    public Ratio ratio(Rate rate) {
        return Ratio.of(rate, numerators[rate.ordinal()], denominators[rate.ordinal()]);
    }

    /** Every rate, in {@link Rate} order. */
    public Map<Rate, Ratio> ratios() {
        Map<Rate, Ratio> all = new EnumMap<>(Rate.class);
        Arrays.stream(Rate.values()).forEach(r -> all.put(r, ratio(r)));
        return all;
    }
}
