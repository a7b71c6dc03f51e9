package org.xinfang.api.plugin;

import java.util.Objects;
import java.util.Set;

/**
 * What a plugin asks of a member of the public on the petition portal: the fields of its case form
 * (their JSON names) the petitioner fills, and the Facelets fragment that edits them, under the plugin
 * jar's {@code META-INF/resources} (e.g. {@code /plugins/court/public-form.xhtml}; it sees the form as
 * {@code #{form}}, like the registration page's editor, and {@code #{portal}} as true, so that a fragment the
 * registration page shares can leave out the hints meant for the office). Every other field of the form keeps the value
 * of a new form: what the petition office records about a matter is not the petitioner's to set.
 */
public record PublicCaseForm(Set<String> fields, String editor) {

    public PublicCaseForm {
        fields = Set.copyOf(fields);
        Objects.requireNonNull(editor, "editor");
    }
}
