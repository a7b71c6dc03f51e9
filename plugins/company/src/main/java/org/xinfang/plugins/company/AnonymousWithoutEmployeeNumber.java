package org.xinfang.plugins.company;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An anonymous complaint carries no employee number. A class-level constraint because it relates
 * two fields; the violation is reported on {@code employeeNumber}, so the editor and the REST API
 * show it at the number, where the employee can act on it.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = AnonymousWithoutEmployeeNumber.Validator.class)
public @interface AnonymousWithoutEmployeeNumber {

    String message() default "匿名反映不得填写工号";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the pair on a whole form. */
    class Validator implements ConstraintValidator<AnonymousWithoutEmployeeNumber, CompanyCaseForm> {

        @Override
        public boolean isValid(CompanyCaseForm form, ConstraintValidatorContext context) {
            if (form == null || !Boolean.TRUE.equals(form.getAnonymous())
                    || form.getEmployeeNumber() == null || form.getEmployeeNumber().isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("employeeNumber")
                    .addConstraintViolation();
            return false;
        }
    }
}
