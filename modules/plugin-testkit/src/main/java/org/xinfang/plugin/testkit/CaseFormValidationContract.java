package org.xinfang.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinfang.api.plugin.CaseFormData;

/**
 * Bean Validation of a plugin's case form outside the server, with the messages the user reads. A
 * plugin's test extends this with a valid form and its field rules, asking {@link #messagesFor} what a
 * field's constraints say.
 *
 * @param <F> the plugin's case form entity
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CaseFormValidationContract<F extends CaseFormData> {

    private ValidatorFactory factory;
    private Validator validator;

    /** A form that passes every constraint; each rule's test breaks one field of a fresh copy. */
    protected abstract F validForm();

    @BeforeAll
    protected void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    protected void closeValidator() {
        if (factory != null) {
            factory.close();
        }
    }

    protected Validator validator() {
        return validator;
    }

    /** The messages of one property's constraints; empty when the property is valid. */
    protected List<String> messagesFor(F form, String property) {
        return validator.validateProperty(form, property).stream().map(ConstraintViolation::getMessage).toList();
    }

    /** The messages of all the form's constraints, class-level ones included; empty when it is valid. */
    protected List<String> messages(F form) {
        return validator.validate(form).stream().map(ConstraintViolation::getMessage).toList();
    }

    @Test
    protected void acceptsACompleteForm() {
        assertEquals(List.of(), messages(validForm()));
    }
}
