package org.xinfang.web.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language the user chose for this session: Chinese unless they switch. The page template puts
 * every view in this locale ({@code <f:view locale="#{localeSwitch.locale}">}), and the beans hand
 * it to the services so their messages match the page.
 *
 * <p>It starts Chinese whatever the browser asks for: the users are Chinese officials, and a
 * browser set to English (as many office machines are) should not surprise them.
 */
@Named
@SessionScoped
public class LocaleSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** For the {@code lang} attribute of the page. */
    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public String toChinese() {
        return switchTo(Locale.SIMPLIFIED_CHINESE);
    }

    public String toEnglish() {
        return switchTo(Locale.ENGLISH);
    }

    /**
     * Shows this very view again in Chinese, without leaving it: a public page keeps what it holds — a
     * receipt's query code is shown once and nowhere else, an opened matter stays open.
     */
    public String toChineseHere() {
        return switchHere(Locale.SIMPLIFIED_CHINESE);
    }

    /** Shows this very view again in English ({@link #toChineseHere()}). */
    public String toEnglishHere() {
        return switchHere(Locale.ENGLISH);
    }

    private String switchHere(Locale chosen) {
        locale = chosen;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        return null;
    }

    /** Reloads the current page (with its view parameters) so that everything on it is in the new language. */
    private String switchTo(Locale chosen) {
        locale = chosen;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
