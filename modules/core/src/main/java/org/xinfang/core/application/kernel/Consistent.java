package org.xinfang.core.application.kernel;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The class-level constraint of an input whose fields constrain each other (the end after the start,
 * a weekday for a weekly rota, a department for a referral). The input states its rules in
 * {@link Checked#check}; each broken one is reported on the field the client must change, with its
 * own message, so the API and the pages name that field as they name any other.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentValidator.class)
public @interface Consistent {

    /** Not shown: every broken rule carries its own message. */
    String message() default "{input.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** An input with rules between its fields. */
    interface Checked {

        /** Reports each rule between fields that this input breaks; a field left empty is its own constraint's business. */
        void check(Broken broken);
    }

    /** Where the rules report. */
    interface Broken {

        /** When {@code broken}, reports {@code field} with the message {@code template} ({@code {reception.endsAt.beforeStart}}). */
        Broken when(boolean broken, String field, String template);
    }
}
