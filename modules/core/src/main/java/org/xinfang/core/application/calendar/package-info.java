/**
 * The work calendar: holidays and 调休 working days as the administration sets them, read by the statutory clocks.
 */
package org.xinfang.core.application.calendar;
