/** Outgoing mail: the notification sender on the server's mail session. */
package org.xinfang.core.infrastructure.mail;
