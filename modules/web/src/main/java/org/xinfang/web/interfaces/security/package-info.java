/**
 * What guards every page and call before the application sees it: the sign-in throttle per address
 * (inside the server's Undertow, ahead of its authentication) and the security headers.
 */
package org.xinfang.web.interfaces.security;
