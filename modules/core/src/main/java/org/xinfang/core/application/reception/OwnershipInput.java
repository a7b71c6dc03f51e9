package org.xinfang.core.application.reception;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A 包案 asked for: the leader (none: the caller themselves), the handler, the task and the date it
 * is due. Whether the leader leads the case's unit and the handler works there is the use case's
 * check against the organisation. Field names are the API's.
 */
public record OwnershipInput(
        String leaderUsername,
        @NotBlank(message = "{reception.field.required}") String handlerUsername,
        @NotBlank(message = "{reception.field.required}") @Size(max = 1000, message = "{reception.field.tooLong}") String task,
        @NotNull(message = "{reception.field.required}") @Future(message = "{ownership.dueOn.notFuture}") LocalDate dueOn) {
}
