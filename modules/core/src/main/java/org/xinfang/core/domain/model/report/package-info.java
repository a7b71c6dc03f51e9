/**
 * 零报告 and periodic reports: each unit reports for every period of its schedule by a cut-off — even
 * when there is nothing to report — and the unit above sees who reported, who is missing and the totals.
 * The schedule is a rule per unit level with an optional per-unit override.
 */
package org.xinfang.core.domain.model.report;
