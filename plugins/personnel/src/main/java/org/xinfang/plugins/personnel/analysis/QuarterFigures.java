package org.xinfang.plugins.personnel.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.port.CaseHistories.Clock;
import org.xinfang.api.port.CaseHistories.History;
import org.xinfang.api.port.CaseHistories.Notice;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.plugins.personnel.BusinessCategory;

/**
 * A quarter's figures of the bureau, counted from what happened to its matters — never typed in.
 *
 * <ul>
 * <li>来信 {@code letters}: matters received in the quarter in writing — by letter, the head's mailbox,
 * online, or passed on from above; 来访 {@code visits} and {@code visitors}: visits received (批次) and the
 * people who came (人次); {@code calls}: telephone and hotline;</li>
 * <li>受理 {@code accepted}: matters received in the quarter that the bureau accepted (a step into
 * 已受理); {@code declined}: those it declined with a written notice;</li>
 * <li>办结 {@code concluded}: of the accepted, those whose 处理意见书 was issued by the quarter's last
 * day; 办结率 = concluded ÷ accepted;</li>
 * <li>应答复 {@code answersDue}: matters — received whenever — whose handling limit (the 办理期限 with
 * any approved extension) fell within the quarter; 按期答复 {@code answeredInTime}: of those, the ones
 * whose 处理意见书 was issued on or before that day; 答复率 = answeredInTime ÷ answersDue;</li>
 * <li>{@code categories}: matters received in the quarter by business category.</li>
 * </ul>
 * A rate with nothing to divide by has no percentage.
 */
public record QuarterFigures(String quarter, String label, LocalDate from, LocalDate to, int letters, int visits, int visitors,
                             int calls, int accepted, int declined, int concluded, Rate concludedRate, int answersDue,
                             int answeredInTime, Rate answerRate, List<CategoryCount> categories) {

    /** How far back a matter due in the quarter may have been received: handling limit, extension and acceptance, with room. */
    static final int LOOKBACK_DAYS = 200;

    private static final Set<Channel> WRITTEN = EnumSet.of(Channel.LETTER, Channel.MAILBOX, Channel.ONLINE, Channel.REFERRED);
    private static final Set<Channel> CALLED = EnumSet.of(Channel.PHONE, Channel.HOTLINE);

    /** {@code numerator} of {@code denominator}, with its percentage to one decimal (null when there is nothing to divide). */
    public record Rate(int numerator, int denominator, BigDecimal percent) {

        public static Rate of(int numerator, int denominator) {
            return new Rate(numerator, denominator, denominator == 0 ? null
                    : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
        }

        /** {@code 92.3%}, or {@code —} with nothing to divide. */
        public String written() {
            return percent == null ? "—" : percent.toPlainString() + "%";
        }
    }

    /** How many matters of one business category were received. */
    public record CategoryCount(String category, String label, int count) {
    }

    public QuarterFigures {
        categories = List.copyOf(categories);
    }

    /**
     * Counts the quarter from {@code histories} — the bureau's matters received from
     * {@link #LOOKBACK_DAYS} before the quarter to its end — and the business category of each.
     */
    public static QuarterFigures count(Quarter q, List<History> histories, Map<Long, BusinessCategory> categoryOf) {
        LocalDate from = q.first();
        LocalDate to = q.last();
        List<History> received = histories.stream().filter(h -> within(h.facts().receivedOn(), from, to)).toList();
        List<History> accepted = received.stream().filter(reached(GeneralProcedure.ACCEPTED)).toList();
        int concluded = (int) accepted.stream().filter(h -> decidedBy(h, to)).count();
        List<History> due = histories.stream()
                .filter(h -> h.clock(GeneralProcedure.CLOCK_HANDLING).map(k -> within(k.dueOn(), from, to)).orElse(false)).toList();
        int inTime = (int) due.stream().filter(h -> decidedBy(h, h.clock(GeneralProcedure.CLOCK_HANDLING).map(Clock::dueOn).orElseThrow()))
                .count();
        List<CategoryCount> categories = Arrays.stream(BusinessCategory.values())
                .map(c -> new CategoryCount(c.name(), c.label().zh(),
                        (int) received.stream().filter(h -> categoryOf.get(h.facts().id()) == c).count()))
                .toList();
        return new QuarterFigures(q.toString(), q.label(), from, to,
                count(received, h -> WRITTEN.contains(h.channel())),
                count(received, h -> h.channel() == Channel.VISIT),
                received.stream().filter(h -> h.channel() == Channel.VISIT).mapToInt(History::headCount).sum(),
                count(received, h -> CALLED.contains(h.channel())),
                accepted.size(), count(received, reached(GeneralProcedure.DECLINED)), concluded,
                Rate.of(concluded, accepted.size()), due.size(), inTime, Rate.of(inTime, due.size()), categories);
    }

    private static Predicate<History> reached(String state) {
        return h -> h.steps().stream().anyMatch(s -> s.toState().equals(state));
    }

    /** Whether a 处理意见书 was issued on or before {@code day}. */
    private static boolean decidedBy(History h, LocalDate day) {
        Optional<Notice> decision = h.firstNotice(NoticeKind.DECISION);
        return decision.isPresent() && !decision.get().issuedOn().isAfter(day);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static int count(List<History> matters, Predicate<History> which) {
        return (int) matters.stream().filter(which).count();
    }
}
