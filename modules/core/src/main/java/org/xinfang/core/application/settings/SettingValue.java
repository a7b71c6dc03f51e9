package org.xinfang.core.application.settings;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/**
 * A value an administrator gives a setting, checked against that setting's own range. The range is
 * data (each {@link SettingDefinition}), so the constraint reads it from the input; the message names
 * the setting, its range and its unit in the caller's language through the getters below.
 */
@SettingValue.InRange
public record SettingValue(SettingDefinition definition, Integer value, Locale locale) {

    /** The value lies within the setting's range. */
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = InRange.Check.class)
    public @interface InRange {

        String message() default "{settings.outOfRangeNamed}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Checks a value against its setting's range; no value is out of it. */
        class Check implements ConstraintValidator<InRange, SettingValue> {
            @Override
            public boolean isValid(SettingValue v, ConstraintValidatorContext context) {
                return v == null || v.value() != null && v.definition().allows(v.value());
            }
        }
    }

    /** For the message: the setting's name. */
    public String getLabel() {
        return definition.label().in(locale);
    }

    /** For the message: the smallest value allowed. */
    public int getMin() {
        return definition.min();
    }

    /** For the message: the largest value allowed. */
    public int getMax() {
        return definition.max();
    }

    /** For the message: what the number counts. */
    public String getUnit() {
        return definition.unit().in(locale);
    }

    /** For the message: what was given. */
    public String getGiven() {
        return String.valueOf(value);
    }
}
