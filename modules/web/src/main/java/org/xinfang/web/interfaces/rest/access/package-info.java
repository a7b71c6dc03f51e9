/** How API clients get in: tokens instead of a password on every call. */
package org.xinfang.web.interfaces.rest.access;
