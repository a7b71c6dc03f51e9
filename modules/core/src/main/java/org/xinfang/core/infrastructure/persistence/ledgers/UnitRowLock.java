package org.xinfang.core.infrastructure.persistence.ledgers;

import jakarta.persistence.EntityManager;

/**
 * Locks a unit's row for the rest of the transaction: a report or round is recorded once per unit and
 * period, so two people recording at once queue on their unit. The unit row comes first in the lock
 * order, as for numbering.
 */
final class UnitRowLock {

    private UnitRowLock() {
    }

    static void lock(EntityManager em, Long unitId) {
        em.createNativeQuery("SELECT id FROM org_unit WHERE id = ? FOR UPDATE").setParameter(1, unitId).getResultList();
    }
}
