/**
 * The procedure a plugin declares as data and the core's engine runs: states, transitions (steps)
 * with their inputs, roles, notices and moves, statutory clocks on the work calendar, and the general
 * procedure every agency extends. The declarations are immutable; the engine validates them at start.
 */
package org.xinfang.api.procedure;
