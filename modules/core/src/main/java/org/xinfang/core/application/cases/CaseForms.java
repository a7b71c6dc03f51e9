package org.xinfang.core.application.cases;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.Messages;

/**
 * Plugin case forms to and from JSON, for the REST API and the demo data: the core knows a form only
 * as its plugin's entity class, and JSON-B binds the fields by their names.
 */
@ApplicationScoped
public class CaseForms {

    private final Jsonb jsonb = JsonbBuilder.create();

    /**
     * The plugin's form filled from {@code json}; an empty form when {@code json} is null, so that
     * validation names the missing fields.
     *
     * @throws InvalidInputException when a field has the wrong type or an unknown value
     */
    public CaseFormData fromJson(AgencyPlugin plugin, JsonObject json, Locale locale) {
        if (json == null) {
            return plugin.caseForm().newForm();
        }
        List<FieldProblem> mistyped = mistyped(plugin.caseForm().entity(), json, locale);
        if (!mistyped.isEmpty()) {
            throw new InvalidInputException(mistyped);
        }
        try {
            return jsonb.fromJson(json.toString(), plugin.caseForm().entity());
        } catch (JsonbException e) {
            throw InvalidInputException.of("form", Messages.get(locale, "case.form.unreadable", rootMessage(e)));
        }
    }

    /**
     * The fields of {@code json} that the form does not have, or whose JSON type does not fit the
     * form's field: JSON-B would skip a misspelt name ({@code aboutHead} for {@code aboutUnitHead}),
     * read {@code "yes"} into a yes-or-no field as false and a quoted number as a number, and so record
     * something nobody said. (The REST layer words each field's expectation; see its FormFields.)
     */
    static List<FieldProblem> mistyped(Class<?> form, JsonObject json, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        json.forEach((name, value) -> {
            if (fieldType(form, name).isEmpty()) {
                problems.add(new FieldProblem("form." + name, Messages.get(locale, "case.form.unknownField", name)));
            }
        });
        json.forEach((name, value) -> fieldType(form, name).ifPresent(type -> {
            boolean yesNo = type == boolean.class || type == Boolean.class;
            boolean number = Number.class.isAssignableFrom(type) || type.isPrimitive() && !yesNo && type != char.class;
            ValueType given = value.getValueType();
            boolean fits = given == ValueType.NULL || (yesNo ? given == ValueType.TRUE || given == ValueType.FALSE
                    : !number || given == ValueType.NUMBER);
            if (!fits) {
                problems.add(new FieldProblem("form." + name, Messages.get(locale, "case.form.unreadable", name + " = " + value)));
            }
        }));
        return problems;
    }

    private static Optional<Class<?>> fieldType(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return Optional.of(c.getDeclaredField(name).getType());
            } catch (NoSuchFieldException notHere) {
                // a field of a superclass, or none: JSON-B then reports what it cannot bind
            }
        }
        return Optional.empty();
    }

    public String toJson(CaseFormData form) {
        return jsonb.toJson(form);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception ignored) {
            // Closing releases caches only; nothing to report at shutdown.
        }
    }
}
