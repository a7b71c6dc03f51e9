/**
 * Who is asking: the signed-in user's roles per unit and the unit subtrees they may see. The core
 * builds it per request; plugins receive it through {@link org.xinfang.api.port.Callers}.
 */
package org.xinfang.api.caller;
