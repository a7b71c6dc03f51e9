package org.xinfang.web.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.xinfang.core.application.kernel.InvalidInputException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one way beans put text on a page: the UI bundle ({@code org.xinfang.web.messages}, the same
 * one pages read as {@code #{msg}}) in the view's language, and Faces messages for a field or for
 * the whole page.
 */
@ApplicationScoped
public class UiMessages {

    static final String BUNDLE = "org.xinfang.web.messages";

    @Inject
    private LocaleSwitch localeSwitch;

    /**
     * The text of {@code key} in the user's language, with {@code args} filled in. No fallback to
     * the server's default locale: on an English server Chinese must still read Chinese.
     */
    public String text(String key, Object... args) {
        Locale locale = localeSwitch.getLocale();
        String pattern = bundle(locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has no such key. */
    public String textOr(String key, String fallback) {
        ResourceBundle bundle = bundle(localeSwitch.getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, UiMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Shows a service's refusal: each field it named, with that field's label on the page
     * ({@code labelPrefix + field}, the field's name when the bundle has none), anything else as said.
     */
    public void refused(String labelPrefix, RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            String colon = "en".equals(localeSwitch.getLocale().getLanguage()) ? ": " : "：";
            invalid.problems().forEach(p -> error(null, textOr(labelPrefix + p.field(), p.field()) + colon + p.message()));
        } else {
            error(null, e.getMessage());
        }
    }

    /** An error on the field with {@code clientId}, or on the page when it is null. */
    public void error(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    public void info(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_INFO, text);
    }

    /** An information for the page the browser is redirected to next ({@link PendingMessages}). */
    public void infoAfterRedirect(String text) {
        PendingMessages.keep(FacesContext.getCurrentInstance(), new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A warning for the page the browser is redirected to next ({@link PendingMessages}). */
    public void warnAfterRedirect(String text) {
        PendingMessages.keep(FacesContext.getCurrentInstance(), new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
