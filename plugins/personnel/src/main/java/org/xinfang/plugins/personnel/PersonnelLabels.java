package org.xinfang.plugins.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Labels for the personnel plugin's page fragments, in the language of the current view: the
 * choices of the business-category menu, the label of a stored category, yes/no, and the plugin's
 * message bundle as {@code #{personnelLabels.msg['personnel.form.businessCategory']}}.
 *
 * <p>Application scoped and stateless: the locale is asked for on every call.
 */
@Named("personnelLabels")
@ApplicationScoped
public class PersonnelLabels {

    private final Supplier<Locale> currentLocale;

    /** For CDI: labels in the language of the current Faces view. */
    public PersonnelLabels() {
        this(PersonnelLabels::viewLocale);
    }

    /** For callers without a Faces view to ask (tests, documents). */
    PersonnelLabels(Supplier<Locale> currentLocale) {
        this.currentLocale = currentLocale;
    }

    /** {@code #{personnelLabels.categories}}: values are the enum constants. */
    public List<SelectItem> getCategories() {
        Locale locale = currentLocale.get();
        return Arrays.stream(BusinessCategory.values())
                .map(category -> new SelectItem(category, category.label().in(locale)))
                .toList();
    }

    /** {@code #{personnelLabels.categoryLabel(form.businessCategory)}}: empty for a form not yet filled in. */
    public String categoryLabel(BusinessCategory category) {
        return category == null ? "" : category.label().in(currentLocale.get());
    }

    /** {@code #{personnelLabels.yesNo(form.addressedToHead)}}. */
    public String yesNo(Boolean value) {
        if (value == null) {
            return "";
        }
        return getMsg().getString(value ? "personnel.yes" : "personnel.no");
    }

    /** {@code #{personnelLabels.msg['key']}}: the plugin's bundle in the view's language. */
    public ResourceBundle getMsg() {
        return bundle(currentLocale.get());
    }

    /**
     * The bundle for a locale: English for English, the Chinese base bundle for anything else.
     * The no-fallback control matters: the default lookup falls back to the JVM's default locale,
     * so on a server running with {@code en_US} a Chinese view would read English.
     */
    public static ResourceBundle bundle(Locale locale) {
        Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(PersonnelPlugin.BUNDLE, wanted, PersonnelLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The view's locale; outside a Faces request (a report, a scheduled job) the UI's default, Chinese. */
    private static Locale viewLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return faces.getViewRoot().getLocale();
    }
}
