package org.xinfang.core.domain.model.ownership;

/** A leader's ownership of a case is OPEN until the leader closes it as DONE. */
public enum OwnershipStatus {
    OPEN,
    DONE
}
