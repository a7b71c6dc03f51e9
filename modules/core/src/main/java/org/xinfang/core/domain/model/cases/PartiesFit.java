package org.xinfang.core.domain.model.cases;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.xinfang.api.model.PartyRole;

/**
 * A case's parties fit the matter (信访工作条例): at least one petitioner, at most five representatives,
 * and a collective visit of five or more speaks through representatives. Reported on {@code parties}.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = PartiesFit.Check.class)
public @interface PartiesFit {

    String message() default "{case.parties.petitionerRequired}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The most representatives a collective visit sends; the messages name it as {@code {max}}. */
    int max() default Case.MAX_REPRESENTATIVES;

    /** From how many people a visit is collective; the messages name it as {@code {collective}}. */
    int collective() default Case.COLLECTIVE_VISIT_SIZE;

    /** Checks a case's parties against the rule. */
    class Check implements ConstraintValidator<PartiesFit, Case> {

        private PartiesFit rule;

        @Override
        public void initialize(PartiesFit rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(Case c, ConstraintValidatorContext context) {
            if (c == null) {
                return true;
            }
            long representatives = c.countParties(PartyRole.REPRESENTATIVE);
            boolean noPetitioner = c.countParties(PartyRole.PETITIONER) == 0;
            String representation = representatives > rule.max() ? "{case.parties.tooManyRepresentatives}"
                    : c.getHeadCount() >= rule.collective() && representatives == 0 ? "{case.parties.representativesRequired}"
                    : null;
            if (!noPetitioner && representation == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (noPetitioner) {
                context.buildConstraintViolationWithTemplate("{case.parties.petitionerRequired}").addPropertyNode("parties").addConstraintViolation();
            }
            if (representation != null) {
                context.buildConstraintViolationWithTemplate(representation).addPropertyNode("parties").addConstraintViolation();
            }
            return false;
        }
    }
}
