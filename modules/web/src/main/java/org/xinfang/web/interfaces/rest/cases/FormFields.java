package org.xinfang.web.interfaces.rest.cases;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.core.application.cases.CaseForms;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.web.interfaces.rest.ApiMessages;

/**
 * Finds which fields of a plugin form cannot be read. {@link CaseForms} binds the whole form at once
 * and can only say "the form"; binding each field alone tells which one ({@code form.stage}), and
 * the form's own property type says what it should have been.
 */
public final class FormFields {

    private FormFields() {
    }

    /** One problem per field of {@code form} whose value the plugin's form cannot take. */
    public static List<FieldProblem> unreadable(CaseForms forms, AgencyPlugin plugin, JsonObject form, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        form.forEach((name, value) -> {
            try {
                forms.fromJson(plugin, Json.createObjectBuilder().add(name, value).build(), locale);
            } catch (InvalidInputException unreadable) {
                problems.add(new FieldProblem("form." + name, expectation(plugin.caseForm().entity(), name, value, locale)));
            }
        });
        return problems;
    }

    private static String expectation(Class<?> entity, String name, JsonValue value, Locale locale) {
        Optional<Class<?>> type = propertyType(entity, name);
        String given = value instanceof JsonString s ? s.getString() : value.toString();
        if (type.isEmpty()) {
            return ApiMessages.get(locale, "form.unknownField", name);
        }
        if (type.isPresent() && type.get().isEnum()) {
            String choices = String.join(", ", Arrays.stream(type.get().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
            return ApiMessages.get(locale, "type.choice", name, given, choices);
        }
        if (type.isPresent() && (type.get() == Boolean.class || type.get() == boolean.class)) {
            return ApiMessages.get(locale, "type.boolean", name);
        }
        if (type.isPresent() && (Number.class.isAssignableFrom(type.get()) || type.get().isPrimitive())) {
            return ApiMessages.get(locale, "type.integer", name);
        }
        if (type.isPresent() && type.get() == LocalDate.class) {
            return ApiMessages.get(locale, "type.date", name);
        }
        if (type.isPresent() && type.get() == String.class) {
            return ApiMessages.get(locale, "type.text", name);
        }
        return ApiMessages.get(locale, "form.unreadableField", name, given);
    }

    private static Optional<Class<?>> propertyType(Class<?> entity, String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return Arrays.stream(entity.getMethods())
                .filter(m -> m.getName().equals(setter) && m.getParameterCount() == 1)
                .map(Method::getParameterTypes).<Class<?>>map(types -> types[0]).findFirst();
    }
}
