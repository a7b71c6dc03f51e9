package org.xinfang.core.application.reception;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.xinfang.core.application.kernel.Consistent;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.core.domain.model.reception.RotaPattern;
import org.xinfang.core.domain.model.reception.RotaRule;

/**
 * A rota rule as the desk fills it in, to create or edit: who receives, where, how many, the hours
 * and the dates. Field names are the API's; refusals come in the order of the fields here.
 */
@Consistent
public record RotaRuleInput(
        @NotBlank(message = "{reception.field.required}") @Size(max = 64, message = "{reception.field.tooLong}") String leaderName,
        @NotBlank(message = "{reception.field.required}") @Size(max = 64, message = "{reception.field.tooLong}") String leaderTitle,
        @NotBlank(message = "{reception.field.required}") @Size(max = 200, message = "{reception.field.tooLong}") String place,
        @Size(max = 500, message = "{reception.field.tooLong}") String responsibilities,
        @Size(max = 500, message = "{reception.field.tooLong}") String topics,
        @Size(max = 128, message = "{reception.field.tooLong}") @Pattern(regexp = PetitionerInput.EMAIL, message = "{reception.email.invalid}")
        String leaderEmail,
        @Min(value = 1, message = "{reception.capacity.range}") @Max(value = 200, message = "{reception.capacity.range}") int capacity,
        @NotNull(message = "{reception.startsAt.missing}") LocalTime startsAt,
        LocalTime endsAt,
        @NotNull(message = "{reception.recurrence.missing}") Recurrence recurrence,
        DayOfWeek weekday,
        @NotNull(message = "{reception.startsOn.missing}") LocalDate startsOn,
        LocalDate endsOn) implements Consistent.Checked {

    /** The input of a rule and its pattern as they stand (a page editing a saved rule, tests). */
    public static RotaRuleInput of(RotaRule rule, RotaPattern pattern) {
        return new RotaRuleInput(rule.getLeaderName(), rule.getLeaderTitle(), rule.getPlace(), rule.getResponsibilities(), rule.getTopics(),
                rule.getLeaderEmail(), rule.getCapacity(), rule.getStartsAt(), rule.getEndsAt(), pattern.recurrence(), pattern.weekday(), pattern.startsOn(), pattern.endsOn());
    }

    @Override
    public void check(Consistent.Broken broken) {
        boolean recurring = recurrence != null && recurrence != Recurrence.ONCE;
        broken.when(startsAt != null && (endsAt == null || !endsAt.isAfter(startsAt)), "endsAt", "{reception.endsAt.beforeStart}")
                .when(recurring && weekday == null, "weekday", "{reception.weekday.missing}")
                .when(recurring && endsOn == null, "endsOn", "{reception.endsOn.missing}")
                .when(recurring && startsOn != null && endsOn != null && endsOn.isBefore(startsOn), "endsOn", "{reception.endsOn.beforeStart}")
                .when(recurring && startsOn != null && endsOn != null && !endsOn.isBefore(startsOn)
                        && ChronoUnit.DAYS.between(startsOn, endsOn) > RotaPattern.MAX_SPAN_DAYS, "endsOn", "{reception.endsOn.spanTooLong}");
    }

    /** The rule's own facts, once valid. */
    public RotaRule rule() {
        return new RotaRule(leaderName, leaderTitle, responsibilities, leaderEmail, place, topics, capacity, startsAt, endsAt);
    }

    /** When it receives, once valid. */
    public RotaPattern pattern() {
        return new RotaPattern(recurrence, weekday, startsOn, endsOn);
    }
}
