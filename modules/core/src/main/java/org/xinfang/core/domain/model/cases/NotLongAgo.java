package org.xinfang.core.domain.model.cases;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date of this matter no more than {@link #years()} years back: a letter received in 1900 is a
 * typing error for 2026, and its clocks would all have run out before anyone saw it.
 */
@Documented
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = NotLongAgo.Check.class)
public @interface NotLongAgo {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** How many years back a date may lie; the message names it as {@code {years}}. */
    int years();

    /** Checks a date against today less the years. */
    class Check implements ConstraintValidator<NotLongAgo, LocalDate> {

        private int years;

        @Override
        public void initialize(NotLongAgo rule) {
            this.years = rule.years();
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            // Today by the validator's clock (China time, as @PastOrPresent judges), not the server's zone.
            return date == null || !date.isBefore(LocalDate.now(context.getClockProvider().getClock()).minusYears(years));
        }
    }
}
