package org.xinfang.core.application.prevention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.xinfang.core.application.kernel.Consistent;

/**
 * A meeting as the unit records it afterwards: the unit (none: the caller's desk), its kind (none: the
 * analysis meeting, 研判例会; see {@link MeetingKinds}), the day it was held ({@code meetingDate}), the
 * month it reviewed (that month or an earlier one), who attended, the outside bodies that took part
 * (参加单位, for the kinds that record them), what it made of the situation, the matters it reviewed
 * (case ids) and its decisions. Field names are the API's ({@code decisions[1].dueOn}).
 */
@Consistent
public record MeetingInput(
        Long unitId,
        @Size(max = 64, message = "{prevention.field.tooLong}") String kind,
        @NotNull(message = "{prevention.field.required}") @PastOrPresent(message = "{prevention.date.future}") LocalDate meetingDate,
        @NotNull(message = "{prevention.field.required}") YearMonth month,
        @NotBlank(message = "{prevention.field.required}") @Size(max = 1000, message = "{prevention.field.tooLong}") String attendees,
        @Size(max = 1000, message = "{prevention.field.tooLong}") String outsideBodies,
        @Size(max = 4000, message = "{prevention.field.tooLong}") String situation,
        @Size(max = 200, message = "{prevention.list.tooLong}") List<Long> caseIds,
        @Size(max = 50, message = "{prevention.list.tooLong}") List<@Valid DecisionInput> decisions)
        implements Consistent.Checked {

    public MeetingInput {
        // Copies that keep a null element, so that the check below names it rather than List.copyOf throwing.
        caseIds = caseIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(caseIds));
        decisions = decisions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(decisions));
    }

    /** An analysis meeting (研判例会), which records no outside bodies. */
    public MeetingInput(Long unitId, LocalDate meetingDate, YearMonth month, String attendees, String situation, List<Long> caseIds,
                        List<DecisionInput> decisions) {
        this(unitId, null, meetingDate, month, attendees, null, situation, caseIds, decisions);
    }

    /** One decision: what is to be done, who answers for it, by when. */
    public record DecisionInput(
            @NotBlank(message = "{prevention.field.required}") @Size(max = 2000, message = "{prevention.field.tooLong}") String decision,
            @NotBlank(message = "{prevention.field.required}") @Size(max = 100, message = "{prevention.field.tooLong}") String responsible,
            @NotNull(message = "{prevention.field.required}") LocalDate dueOn) {
    }

    @Override
    public void check(Consistent.Broken broken) {
        // Named on the list itself: an element constraint would name it "caseIds[1].<list element>".
        broken.when(caseIds.stream().anyMatch(Objects::isNull), "caseIds", "{prevention.caseIds.blank}")
                .when(decisions.stream().anyMatch(Objects::isNull), "decisions", "{prevention.field.required}");
        broken.when(meetingDate != null && month != null && month.isAfter(YearMonth.from(meetingDate)), "month", "{prevention.month.afterMeeting}");
        for (int i = 0; i < decisions.size(); i++) {
            DecisionInput d = decisions.get(i);
            broken.when(d != null && d.dueOn() != null && meetingDate != null && d.dueOn().isBefore(meetingDate), "decisions[" + i + "].dueOn",
                    "{prevention.dueOn.beforeMeeting}");
        }
    }
}
