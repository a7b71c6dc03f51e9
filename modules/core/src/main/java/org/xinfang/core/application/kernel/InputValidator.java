package org.xinfang.core.application.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.xinfang.core.application.procedure.StatutoryClockProvider;

/** Bean Validation with the messages in the caller's language and dates in China time, as field problems. */
@ApplicationScoped
public class InputValidator {

    /**
     * Set here rather than trusted to META-INF/validation.xml: which class loader the server's
     * factory reads that file with depends on the thread that first touches it, and a factory on the
     * server's zone refuses a case received "today" in Beijing between 00:00 and 08:00.
     */
    private final StatutoryClockProvider clockProvider = new StatutoryClockProvider();

    /**
     * A factory of our own rather than the server's CDI-managed one: WildFly creates that bean on an
     * MSC thread which, while holding it, waits for the Weld container — the lock the start-up
     * observers (demo data) run under. Validating there with the injected factory could deadlock the
     * deployment (seen on a loaded machine). No constraint here needs injection.
     */
    private final ValidatorFactory factory = Validation.byDefaultProvider().configure()
            .ignoreXmlConfiguration().clockProvider(clockProvider).buildValidatorFactory();

    /** The problems of {@code bean}, each field path prefixed with {@code prefix} (e.g. {@code form.}). */
    public List<InvalidInputException.FieldProblem> problems(Object bean, String prefix, Locale locale) {
        MessageInterpolator base = factory.getMessageInterpolator();
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        };
        return factory.usingContext().messageInterpolator(inLocale).clockProvider(clockProvider).getValidator().validate(bean).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new InvalidInputException.FieldProblem(prefix + v.getPropertyPath(), v.getMessage()))
                .toList();
    }
}
