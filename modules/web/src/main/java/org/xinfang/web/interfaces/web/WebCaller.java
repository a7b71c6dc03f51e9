package org.xinfang.web.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.CallerDirectory;

/**
 * The caller of this request as the pages need it: the signed-in user's grants, in the language the
 * user chose in this session (not the browser's), so that the services' messages match the page.
 * Looked up once per request.
 */
@RequestScoped
public class WebCaller {

    @Inject
    private CallerDirectory directory;

    @Inject
    private HttpServletRequest request;

    @Inject
    private LocaleSwitch localeSwitch;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = directory.forPrincipal(request.getUserPrincipal(), localeSwitch.getLocale());
        }
        return caller;
    }
}
