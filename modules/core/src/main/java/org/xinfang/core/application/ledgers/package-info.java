/**
 * The units' ledgers: 零报告 and periodic reports by each unit's cut-off, with the roll-up the unit above
 * reads (who reported, who is missing, the totals); the reporting rules per level and unit; and the
 * screening ledger of disputes (矛盾纠纷排查台账) with its rounds, followed to resolution or to a case.
 */
package org.xinfang.core.application.ledgers;
