/** Work the server does on its own on a schedule (the reception reminders). */
package org.xinfang.core.infrastructure.scheduling;
