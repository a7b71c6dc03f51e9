/**
 * What guards every page and call before the application sees it: the sign-in throttle per address
 * (inside the server's Undertow, ahead of its authentication), the security headers, the forced
 * password change, and the end of a browser session whose account was disabled or its password reset.
 */
package org.xinfang.web.interfaces.security;
