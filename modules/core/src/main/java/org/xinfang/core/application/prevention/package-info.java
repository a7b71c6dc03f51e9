/**
 * Prevention at the source (源头预防): recording and following up the risk assessments of projects,
 * referring cases to mediation with the clocks paused as the setting says, and recording the monthly
 * analysis meetings with their decisions. Clerks and leaders of a unit record its work; the unit and
 * those above it read it.
 */
package org.xinfang.core.application.prevention;
