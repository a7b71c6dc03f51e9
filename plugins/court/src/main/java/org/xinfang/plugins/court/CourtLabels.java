package org.xinfang.plugins.court;

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
 * Labels for the court's page fragments, in the language of the current view: the choices of the
 * stage menu, the label of a stored stage, yes/no, and the plugin's message bundle as
 * {@code #{courtLabels.msg['court.form.stage']}}.
 *
 * <p>Application scoped and stateless: the locale is asked for on every call.
 */
@Named("courtLabels")
@ApplicationScoped
public class CourtLabels {

    private final Supplier<Locale> currentLocale;

    /** For CDI: labels in the language of the current Faces view. */
    public CourtLabels() {
        this(CourtLabels::viewLocale);
    }

    /** For callers without a Faces view to ask (tests, documents). */
    CourtLabels(Supplier<Locale> currentLocale) {
        this.currentLocale = currentLocale;
    }

    /** {@code #{courtLabels.stages}}: the items of the stage menu; values are the enum constants. */
    public List<SelectItem> getStages() {
        return stagesIn(currentLocale.get());
    }

    public List<SelectItem> stagesIn(Locale locale) {
        return Arrays.stream(CourtStage.values())
                .map(stage -> new SelectItem(stage, stage.label().in(locale)))
                .toList();
    }

    /** {@code #{courtLabels.stageLabel(form.stage)}}: empty for a form not yet filled in. */
    public String stageLabel(CourtStage stage) {
        return stage == null ? "" : stage.label().in(currentLocale.get());
    }

    /** {@code #{courtLabels.yesNo(form.litigationRelated)}}. */
    public String yesNo(Boolean value) {
        if (value == null) {
            return "";
        }
        return getMsg().getString(value ? "court.yes" : "court.no");
    }

    /** {@code #{courtLabels.msg['key']}}: the plugin's bundle in the view's language. */
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
        return ResourceBundle.getBundle(CourtPlugin.BUNDLE, wanted, CourtLabels.class.getClassLoader(),
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
