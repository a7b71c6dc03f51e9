/** The leader's dashboard: a unit's rates for a period, charts, the tables behind them, and their exports. */
package org.xinfang.web.interfaces.web.figures;
