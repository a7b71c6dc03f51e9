/** The ledgers over HTTP: 零报告 and their roll-up, the reporting rules, the screening ledger of disputes. */
package org.xinfang.web.interfaces.rest.ledgers;
