/**
 * The procedure engine: the steps a case may take next, taking them, and the statutory clocks they start and stop on the work calendar.
 */
package org.xinfang.core.application.procedure;
