package org.xinfang.core.domain.model.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * A unit's assessment score: each part's share weighed by its weight, over the weights of the parts that
 * had anything to count — a unit given no orders is judged on the rest, not scored zero for them. No part
 * with anything to count: no score.
 */
public final class AssessmentScore {

    /** {@code counted} of {@code of} for one part; a share in percent, none when nothing was counted. */
    public record Share(long counted, long of) {

        public BigDecimal percent() {
            return of == 0 ? null : BigDecimal.valueOf(counted * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
        }

        @Override
        public String toString() {
            return counted + "/" + of;
        }

        /** Reads {@link #toString()} back. */
        public static Share parse(String text) {
            int slash = text.indexOf('/');
            return new Share(Long.parseLong(text.substring(0, slash)), Long.parseLong(text.substring(slash + 1)));
        }
    }

    private AssessmentScore() {
    }

    /** The score out of 100 to two decimals, or null when no part had anything to count. */
    public static BigDecimal of(Map<AssessmentPart, Share> shares, Map<AssessmentPart, Integer> weights) {
        BigDecimal weighed = BigDecimal.ZERO;
        long weightCounted = 0;
        for (Map.Entry<AssessmentPart, Share> e : shares.entrySet()) {
            int weight = weights.getOrDefault(e.getKey(), 0);
            Share s = e.getValue();
            if (s.of() == 0 || weight == 0) {
                continue;
            }
            weighed = weighed.add(BigDecimal.valueOf(s.counted() * 100L * weight).divide(BigDecimal.valueOf(s.of()), 10, RoundingMode.HALF_UP));
            weightCounted += weight;
        }
        return weightCounted == 0 ? null : weighed.divide(BigDecimal.valueOf(weightCounted), 2, RoundingMode.HALF_UP);
    }

    /** The shares a unit's tally gives: timeliness, satisfaction and repeats; supervision and reports come from elsewhere. */
    public static Map<AssessmentPart, Share> fromTally(Tally t) {
        Map<AssessmentPart, Share> shares = new EnumMap<>(AssessmentPart.class);
        Tally.Ratio accepted = t.ratio(Rate.TIMELY_ACCEPTANCE);
        Tally.Ratio decided = t.ratio(Rate.DECIDED_IN_TIME);
        shares.put(AssessmentPart.TIMELINESS, new Share(accepted.numerator() + decided.numerator(), accepted.denominator() + decided.denominator()));
        Tally.Ratio satisfied = t.ratio(Rate.SATISFIED);
        shares.put(AssessmentPart.SATISFACTION, new Share(satisfied.numerator(), satisfied.denominator()));
        shares.put(AssessmentPart.REPEATS, new Share(t.received() - t.ratio(Rate.REPEATED).numerator(), t.received()));
        return shares;
    }
}
