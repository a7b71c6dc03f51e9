/**
 * Figures leaders can trust: {@link org.xinfang.core.application.figures.MatterFactsKeeper} keeps each matter's
 * facts in step with its history, and {@link org.xinfang.core.application.figures.Figures} counts a unit's
 * rates for a period from them, within what the caller sees, down to the matters behind each figure.
 */
package org.xinfang.core.application.figures;
