package org.xinfang.core.application.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.xinfang.core.application.procedure.StatutoryClockProvider;

/**
 * The one place where input is checked: the use cases hand each command or input record here at
 * their boundary, before they read or write anything it names. Bean Validation with the messages in
 * the caller's language and dates in China time; every violation becomes a field problem named by
 * its path as the API and the pages name the field ({@code people[0].phone}).
 */
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

    /**
     * Refuses {@code input} when it breaks a constraint.
     *
     * @throws InvalidInputException naming every field at fault, in {@code locale}
     */
    public void check(Object input, Locale locale) {
        List<InvalidInputException.FieldProblem> problems = problems(input, "", locale);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Refuses {@code value} when it breaks the constraints of {@code property} of {@code type}: one field of an
     * input given on its own (the date of a day to remove).
     *
     * @throws InvalidInputException naming {@code property}, in {@code locale}
     */
    public <T> void checkValue(Class<T> type, String property, Object value, Locale locale) {
        List<InvalidInputException.FieldProblem> problems = validator(locale).validateValue(type, property, value).stream()
                .map(v -> new InvalidInputException.FieldProblem(property, v.getMessage())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The problems of {@code bean}, each field path prefixed with {@code prefix} (e.g. {@code form.}). */
    public List<InvalidInputException.FieldProblem> problems(Object bean, String prefix, Locale locale) {
        List<String> order = fieldOrder(bean.getClass());
        return validator(locale).validate(bean).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<Object> v) -> order.indexOf(rootName(v)))
                        .thenComparing(v -> v.getPropertyPath().toString()))
                .map(v -> new InvalidInputException.FieldProblem(prefix + v.getPropertyPath(), v.getMessage()))
                .toList();
    }

    /** A validator that writes its messages in {@code locale} and judges dates by China time. */
    private Validator validator(Locale locale) {
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
        return factory.usingContext().messageInterpolator(inLocale).clockProvider(clockProvider).getValidator();
    }

    /**
     * The fields in the order the input declares them, which is the order its form asks them: a record's
     * components, else the class's own fields after its superclasses'. Refusals are listed in that order.
     */
    private static List<String> fieldOrder(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        List<String> names = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            names.addAll(0, Arrays.stream(c.getDeclaredFields()).map(Field::getName).toList());
        }
        return names;
    }

    private static String rootName(ConstraintViolation<?> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        return nodes.hasNext() ? nodes.next().getName() : null;
    }
}
