package org.xinfang.plugins.discipline;

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
 * Labels for the discipline plugin's page fragments, in the language of the current view: the
 * choices of the category and rank menus, the labels of stored values, yes/no, and the plugin's
 * message bundle as {@code #{disciplineLabels.msg['discipline.form.category']}}.
 *
 * <p>Application scoped and stateless: the locale is asked for on every call.
 */
@Named("disciplineLabels")
@ApplicationScoped
public class DisciplineLabels {

    private final Supplier<Locale> currentLocale;

    /** For CDI: labels in the language of the current Faces view. */
    public DisciplineLabels() {
        this(DisciplineLabels::viewLocale);
    }

    /** For callers without a Faces view to ask (tests, documents). */
    DisciplineLabels(Supplier<Locale> currentLocale) {
        this.currentLocale = currentLocale;
    }

    /** {@code #{disciplineLabels.categories}}: 检举/控告/申诉; values are the enum constants. */
    public List<SelectItem> getCategories() {
        Locale locale = currentLocale.get();
        return Arrays.stream(ReportCategory.values())
                .map(category -> new SelectItem(category, category.label().in(locale)))
                .toList();
    }

    /** {@code #{disciplineLabels.ranks}}: the subject's rank; values are the enum constants. */
    public List<SelectItem> getRanks() {
        Locale locale = currentLocale.get();
        return Arrays.stream(SubjectRank.values())
                .map(rank -> new SelectItem(rank, rank.label().in(locale)))
                .toList();
    }

    /** {@code #{disciplineLabels.categoryLabel(form.category)}}: empty for a form not yet filled in. */
    public String categoryLabel(ReportCategory category) {
        return category == null ? "" : category.label().in(currentLocale.get());
    }

    /** {@code #{disciplineLabels.rankLabel(form.subjectRank)}}. */
    public String rankLabel(SubjectRank rank) {
        return rank == null ? "" : rank.label().in(currentLocale.get());
    }

    /** {@code #{disciplineLabels.yesNo(form.signed)}}. */
    public String yesNo(Boolean value) {
        if (value == null) {
            return "";
        }
        return getMsg().getString(value ? "discipline.yes" : "discipline.no");
    }

    /** {@code #{disciplineLabels.msg['key']}}: the plugin's bundle in the view's language. */
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
        return ResourceBundle.getBundle(DisciplinePlugin.BUNDLE, wanted, DisciplineLabels.class.getClassLoader(),
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
