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

/**
 * A phone number a person can be called on (see {@link PhoneNumbers}), or none: null and the empty
 * string pass, since a form submits an empty field as "" and whether a phone is required is
 * another constraint's business.
 */
@Documented
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE}) // as @Pattern, which it replaces
@Retention(RUNTIME)
@Constraint(validatedBy = PhoneNumber.Check.class)
public @interface PhoneNumber {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a phone against the numbering rules. */
    class Check implements ConstraintValidator<PhoneNumber, String> {

        @Override
        public boolean isValid(String phone, ConstraintValidatorContext context) {
            return phone == null || phone.isEmpty() || PhoneNumbers.isValid(phone);
        }
    }
}
