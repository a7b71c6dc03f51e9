package org.xinfang.core.application.kernel;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link Consistent} input: one violation per broken rule, on the field it names. */
public class ConsistentValidator implements ConstraintValidator<Consistent, Consistent.Checked> {

    @Override
    public boolean isValid(Consistent.Checked input, ConstraintValidatorContext context) {
        if (input == null) {
            return true;
        }
        boolean[] valid = {true};
        context.disableDefaultConstraintViolation();
        input.check(new Consistent.Broken() {
            @Override
            public Consistent.Broken when(boolean broken, String field, String template) {
                if (broken) {
                    valid[0] = false;
                    context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
                }
                return this;
            }
        });
        return valid[0];
    }
}
