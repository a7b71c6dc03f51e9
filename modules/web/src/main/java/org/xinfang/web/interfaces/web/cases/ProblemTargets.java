package org.xinfang.web.interfaces.web.cases;

import jakarta.el.ValueExpression;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the input a service's field problem is about, so that its message appears next to the field.
 * The service names fields by their path in the case ({@code subject}, {@code parties[0].name},
 * {@code form.originalCaseNumber}); the page names its inputs after the same properties. A problem
 * no input matches goes to the top of the form.
 */
public final class ProblemTargets {

    private static final Pattern PARTY_FIELD = Pattern.compile("parties\\[(\\d+)]\\.(\\w+)");

    private final FacesContext faces;
    private final String formId;
    private Map<String, String> pluginInputs;

    public ProblemTargets(FacesContext faces, String formId) {
        this.faces = faces;
        this.formId = formId;
    }

    /** The client id of the input {@code field} is about, or null for a message on the whole form. */
    public String clientIdOf(String field) {
        if (field == null) {
            return null;
        }
        if (field.equals("unitId")) {
            return existing(formId + ":unit");
        }
        Matcher party = PARTY_FIELD.matcher(field);
        if (party.matches()) {
            return existing(formId + ":parties:" + party.group(1) + ":" + party.group(2));
        }
        if (field.startsWith("form.")) {
            return pluginInputs().get("#{" + field + "}");
        }
        return existing(formId + ":" + field);
    }

    private String existing(String clientId) {
        boolean[] found = {false};
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> found[0] = true);
        return found[0] ? clientId : null;
    }

    /** The plugin's inputs by their value expression ({@code #{form.tribunal}}): plugins choose their own ids. */
    private Map<String, String> pluginInputs() {
        if (pluginInputs == null) {
            pluginInputs = new HashMap<>();
            UIComponent form = faces.getViewRoot().findComponent(formId);
            if (form != null) {
                form.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
                    ValueExpression value = component.getValueExpression("value");
                    if (component instanceof EditableValueHolder && value != null) {
                        pluginInputs.putIfAbsent(value.getExpressionString(), component.getClientId(faces));
                    }
                    return VisitResult.ACCEPT;
                });
            }
        }
        return pluginInputs;
    }
}
