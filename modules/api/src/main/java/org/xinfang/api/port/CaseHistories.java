package org.xinfang.api.port;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.NoticeKind;

/**
 * What happened to a unit's cases, for the figures a plugin reports on them (a bureau's quarterly
 * analysis): each case with how it arrived, its steps, the notices served and its clocks. Read only;
 * figures are counted from this, never typed in.
 */
public interface CaseHistories {

    /** A step of the case's history. */
    record Step(String transition, String fromState, String toState, LocalDateTime at) {
    }

    /** A written notice served on the case (受理告知书, 处理意见书, …) and the day it was issued. */
    record Notice(NoticeKind kind, LocalDate issuedOn) {
    }

    /** A statutory clock of the case: its due date with extensions, and the day it stopped (null while it runs). */
    record Clock(String name, LocalDate startedOn, LocalDate dueOn, LocalDate stoppedOn) {
    }

    /** A case with how it arrived (channel, head count) and what happened to it, oldest first. */
    record History(CaseFacts facts, Channel channel, int headCount, List<Step> steps, List<Notice> notices, List<Clock> clocks) {

        public History {
            steps = List.copyOf(steps);
            notices = List.copyOf(notices);
            clocks = List.copyOf(clocks);
        }

        /** The clock of that name started last, if it ever ran. */
        public Optional<Clock> clock(String name) {
            return clocks.stream().filter(k -> k.name().equals(name)).reduce((first, second) -> second);
        }

        /** The first notice of that kind, if one was served. */
        public Optional<Notice> firstNotice(NoticeKind kind) {
            return notices.stream().filter(n -> n.kind() == kind).findFirst();
        }
    }

    /**
     * The cases of {@code agencyType} that {@code unitId} registered (its number series) and received
     * between {@code from} and {@code to} inclusive, wherever they are now, as long as the caller sees
     * or follows them; oldest received first. Read in a few queries, whatever their number.
     */
    List<History> registeredBy(Caller caller, long unitId, String agencyType, LocalDate from, LocalDate to);
}
