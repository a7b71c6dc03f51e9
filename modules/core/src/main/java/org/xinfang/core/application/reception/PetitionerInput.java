package org.xinfang.core.application.reception;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xinfang.core.domain.model.cases.PhoneNumber;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.BookingRules;

/**
 * Who asks to be received and about what: the petitioner's part of a booking at the desk or an
 * application (at the desk or online). Field names are the API's; refusals come in the order of the fields here.
 */
public record PetitionerInput(
        @NotBlank(message = "{reception.field.required}") @Size(max = 64, message = "{reception.field.tooLong}") String petitionerName,
        @NotBlank(message = "{reception.field.required}") @Size(max = 1000, message = "{reception.field.tooLong}") String matter,
        @NotEmpty(message = "{reception.phone.invalid}") @PhoneNumber(message = "{reception.phone.invalid}") String phone,
        @Size(max = 128, message = "{reception.field.tooLong}") @Pattern(regexp = EMAIL, message = "{reception.email.invalid}") String email,
        @Min(value = 1, message = "{reception.headCount.tooFew}")
        @Max(value = BookingRules.MAX_REPRESENTATIVES, message = "{reception.headCount.tooMany}") int headCount) {

    /** An e-mail address, or nothing (blank counts as nothing). */
    public static final String EMAIL = "\\s*|[^@\\s]+@[^@\\s]+";

    /** The appointment asked for, once valid. */
    public Appointment appointment() {
        return new Appointment(petitionerName, phone, email, matter, headCount);
    }
}
