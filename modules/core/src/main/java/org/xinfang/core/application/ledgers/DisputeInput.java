package org.xinfang.core.application.ledgers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.xinfang.core.application.kernel.Consistent;
import org.xinfang.core.domain.model.cases.NotLongAgo;
import org.xinfang.core.domain.model.screening.Dispute;
import org.xinfang.core.domain.model.screening.RiskLevel;

/**
 * A dispute found in screening, as the clerk registers it: the unit whose ledger it goes in, the day
 * it was found, the parties (names as text), the matter, the risk, the person responsible, the plan and
 * the time limit. Field names are the API's.
 */
@Consistent
public record DisputeInput(
        @NotNull(message = "{ledger.field.required}") Long unitId,
        @NotNull(message = "{ledger.field.required}")
        @PastOrPresent(message = "{screening.foundOn.future}")
        @NotLongAgo(years = 1, message = "{screening.foundOn.tooOld}") LocalDate foundOn,
        @NotBlank(message = "{ledger.field.required}") @Size(max = Dispute.LONGEST_PARTIES, message = "{ledger.field.tooLong}") String parties,
        @NotBlank(message = "{ledger.field.required}") @Size(max = Dispute.LONGEST_MATTER, message = "{ledger.field.tooLong}") String matter,
        @NotNull(message = "{screening.risk.required}") RiskLevel risk,
        @NotBlank(message = "{ledger.field.required}") @Size(max = Dispute.LONGEST_PERSON, message = "{ledger.field.tooLong}") String responsiblePerson,
        @NotBlank(message = "{ledger.field.required}") @Size(max = Dispute.LONGEST_PLAN, message = "{ledger.field.tooLong}") String plan,
        @NotNull(message = "{ledger.field.required}") LocalDate dueOn) implements Consistent.Checked {

    /** The longest time limit a plan may give itself. */
    static final int MOST_YEARS = 1;

    @Override
    public void check(Consistent.Broken broken) {
        boolean dated = foundOn != null && dueOn != null;
        broken.when(dated && dueOn.isBefore(foundOn), "dueOn", "{screening.dueOn.beforeFound}")
                .when(dated && dueOn.isAfter(foundOn.plusYears(MOST_YEARS)), "dueOn", "{screening.dueOn.tooFar}");
    }

    Dispute.Finding finding() {
        return new Dispute.Finding(foundOn, parties.strip(), matter.strip(), risk, responsiblePerson.strip(), plan.strip(), dueOn);
    }
}
