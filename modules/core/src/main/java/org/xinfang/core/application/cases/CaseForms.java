package org.xinfang.core.application.cases;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Locale;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.application.kernel.InvalidInputException;
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
        try {
            return jsonb.fromJson(json.toString(), plugin.caseForm().entity());
        } catch (JsonbException e) {
            throw InvalidInputException.of("form", Messages.get(locale, "case.form.unreadable", rootMessage(e)));
        }
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
