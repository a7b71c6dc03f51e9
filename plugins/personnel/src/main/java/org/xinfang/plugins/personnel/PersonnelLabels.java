package org.xinfang.plugins.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.xinfang.api.plugin.PluginLabels;

/**
 * The personnel plugin's labels under the names its page fragments use: the business-category menu,
 * the label of a stored category, and (inherited) yes/no and
 * {@code #{personnelLabels.msg['personnel.form.businessCategory']}}.
 */
@Named("personnelLabels")
@ApplicationScoped
public class PersonnelLabels extends PluginLabels {

    public PersonnelLabels() {
        super(PersonnelPlugin.ID, PersonnelPlugin.BUNDLE);
    }

    PersonnelLabels(Supplier<Locale> currentLocale) {
        super(PersonnelPlugin.ID, PersonnelPlugin.BUNDLE, currentLocale);
    }

    /** {@code #{personnelLabels.categories}}. */
    public List<SelectItem> getCategories() {
        return options(BusinessCategory.values());
    }

    /** {@code #{personnelLabels.categoryLabel(form.businessCategory)}}. */
    public String categoryLabel(BusinessCategory category) {
        return label(category);
    }

    /** {@code #{personnelLabels.sectionLabel(form.businessCategory)}}: the section that handles it. */
    public String sectionLabel(BusinessCategory category) {
        return category == null ? "" : label(category::section);
    }
}
