/**
 * Matters other systems hand over — the 12345 hotline's work orders, the leaders' mailboxes — by their
 * own references, registered once and answered back through a feed the source polls (ADR 0039).
 */
package org.xinfang.core.application.intake;
