/** The ledgers' pages: a unit's 零报告, the roll-up for the unit above, the screening ledger, the reporting rules. */
package org.xinfang.web.interfaces.web.ledgers;
