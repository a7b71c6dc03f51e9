package org.xinfang.core.domain.model.cases;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
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
 * A resident identity number by GB 11643 (see {@link ResidentIdNumbers}), or none: null and the
 * empty string pass, since a form submits an empty field as "" and whether a number is required
 * is another constraint's business.
 */
@Documented
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE}) // as @Pattern, which it replaces
@Retention(RUNTIME)
@Constraint(validatedBy = ResidentIdNumber.Check.class)
public @interface ResidentIdNumber {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a number against the standard and today's date. */
    class Check implements ConstraintValidator<ResidentIdNumber, String> {

        @Override
        public boolean isValid(String number, ConstraintValidatorContext context) {
            // Today by the validator's clock (China time, as @PastOrPresent judges): someone born today may come.
            return number == null || number.isEmpty()
                    || ResidentIdNumbers.isValid(number, LocalDate.now(context.getClockProvider().getClock()));
        }
    }
}
