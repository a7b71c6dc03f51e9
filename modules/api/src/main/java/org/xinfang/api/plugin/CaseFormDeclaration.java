package org.xinfang.api.plugin;

import java.util.Objects;

/**
 * The registration form a plugin adds to the core case: its own entity, one-to-one with the case
 * (sharing its id), and the Facelets fragments that edit and show it. The fragments live in the
 * plugin jar under {@code META-INF/resources}, e.g. {@code /plugins/court/case-form.xhtml}; they see
 * the form instance as {@code #{form}}.
 */
public record CaseFormDeclaration(Class<? extends CaseFormData> entity, String editor, String view) {

    public CaseFormDeclaration {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(view, "view");
    }

    /** A new, empty form for a case about to be registered. */
    public CaseFormData newForm() {
        try {
            return entity.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Case form " + entity.getName() + " needs a public no-argument constructor", e);
        }
    }
}
