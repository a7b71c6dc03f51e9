/** Outgoing text messages: the notification sender for an HTTP SMS gateway. */
package org.xinfang.core.infrastructure.sms;
