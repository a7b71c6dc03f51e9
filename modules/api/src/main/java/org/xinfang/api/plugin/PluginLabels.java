package org.xinfang.api.plugin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.xinfang.api.model.Labelled;

/**
 * What a plugin's page fragments need to show its fields in the language of the current view: the
 * items of a menu over a {@link Labelled} enumeration, the label of a stored value, yes/no, and the
 * plugin's message bundle as {@code #{<id>Labels.msg['key']}}.
 *
 * <p>A plugin extends this with an {@code @Named("<id>Labels") @ApplicationScoped} bean that only
 * names its menus and labels for EL. Stateless: the locale is asked for on every call, so one
 * instance serves every view.
 */
public abstract class PluginLabels {

    private final String yesKey;
    private final String noKey;
    private final String bundleBaseName;
    private final Supplier<Locale> currentLocale;
    /** The loader of the plugin's own class: the bundle lives in the plugin's jar, not in the api's. */
    private final ClassLoader bundleLoader;

    /**
     * Labels in the language of the current Faces view: what CDI builds, through the subclass's
     * no-argument constructor.
     *
     * @param pluginId the plugin's id; its bundle says yes and no under {@code <id>.yes} and {@code <id>.no}
     * @param bundleBaseName the base name of the plugin's message bundle
     */
    protected PluginLabels(String pluginId, String bundleBaseName) {
        this(pluginId, bundleBaseName, PluginLabels::viewLocale);
    }

    /** Labels in the locale a caller without a Faces view supplies (tests, documents, reports). */
    protected PluginLabels(String pluginId, String bundleBaseName, Supplier<Locale> currentLocale) {
        this.yesKey = pluginId + ".yes";
        this.noKey = pluginId + ".no";
        this.bundleBaseName = bundleBaseName;
        this.currentLocale = currentLocale;
        this.bundleLoader = getClass().getClassLoader();
    }

    /** The items of a menu in the view's language; the values are the constants themselves. */
    public <E extends Labelled> List<SelectItem> options(E[] values) {
        return options(values, currentLocale.get());
    }

    /** The items of a menu in a given language; the values are the constants themselves. */
    public <E extends Labelled> List<SelectItem> options(E[] values, Locale locale) {
        return Arrays.stream(values)
                .map(value -> new SelectItem(value, value.label().in(locale)))
                .toList();
    }

    /** The label of a stored value in the view's language; empty for a form not yet filled in. */
    public String label(Labelled value) {
        return value == null ? "" : value.label().in(currentLocale.get());
    }

    /** {@code #{<id>Labels.yesNo(form.flag)}}: empty for a form not yet filled in. */
    public String yesNo(Boolean value) {
        if (value == null) {
            return "";
        }
        return getMsg().getString(value ? yesKey : noKey);
    }

    /** {@code #{<id>Labels.msg['key']}}: the plugin's bundle in the view's language. */
    public ResourceBundle getMsg() {
        return bundle(bundleBaseName, currentLocale.get(), bundleLoader);
    }

    /**
     * A plugin's bundle for a locale: English for English, the Chinese base bundle for anything else.
     * The no-fallback control matters: the default lookup falls back to the JVM's default locale, so
     * on a server running with {@code en_US} a Chinese view would read English.
     */
    public static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
        Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(baseName, wanted, loader,
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
