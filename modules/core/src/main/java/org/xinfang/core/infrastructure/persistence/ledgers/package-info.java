/** The ledgers' repositories in JPA: reporting rules, reports, screening rounds and disputes. */
package org.xinfang.core.infrastructure.persistence.ledgers;
