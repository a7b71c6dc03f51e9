package org.xinfang.web.interfaces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The caller port for plugins: on a page the language the user chose in the session, in an API
 * request the one its header asks for — the same caller the core's own pages and resources use.
 */
@RequestScoped
public class CurrentCaller implements Callers {

    @Inject
    private WebCaller page;

    @Inject
    private ApiCaller api;

    @Override
    public Caller current() {
        return FacesContext.getCurrentInstance() != null ? page.get() : api.get();
    }
}
