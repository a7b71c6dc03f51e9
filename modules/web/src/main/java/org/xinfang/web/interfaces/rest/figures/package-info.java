/** The figures API: a unit's rates for a period with their breakdowns, and the matters behind each figure. */
package org.xinfang.web.interfaces.rest.figures;
