package org.xinfang.api.port;

import org.xinfang.api.caller.Caller;

/** Who is asking in this request — a page or an API call — with their grants and language. */
public interface Callers {

    /** The signed-in caller of the current request; fails outside a signed-in request. */
    Caller current();
}
