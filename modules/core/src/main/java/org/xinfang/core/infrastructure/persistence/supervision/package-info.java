/** Supervision's repositories in JPA: orders, referrals, inboxes and the ledger of sent reminders. */
package org.xinfang.core.infrastructure.persistence.supervision;
