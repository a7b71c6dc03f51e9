/** The signed-in user's own account: their password. */
package org.xinfang.web.interfaces.web.account;
