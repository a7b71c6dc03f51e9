package org.xinfang.core.domain.model.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The organisation tree. */
public interface OrgUnitRepository {

    Optional<OrgUnit> find(Long id);

    Optional<OrgUnit> findByCode(String code);

    /** The unit whose case and notice numbers start with {@code shortName}. */
    Optional<OrgUnit> findByShortName(String shortName);

    List<OrgUnit> findAll();

    /** The units directly under {@code parent}, by id. */
    List<OrgUnit> childrenOf(OrgUnit parent);

    /**
     * The units of {@code ids} with their rows locked (a locking read: the latest committed values), in
     * id order, so that two changes of the tree that lock the same rows queue instead of deadlocking.
     */
    List<OrgUnit> lock(Collection<Long> ids);

    /** The unit at {@code path} and every unit below it, rows locked, parents before children. */
    List<OrgUnit> lockSubtree(String path);

    /**
     * Writes pending changes now, so that a unit changed by someone else since it was read fails here
     * with an {@code OptimisticLockException}, before anything is built on the change.
     */
    void flush();

    /** Persists a new unit and fixes its path in the tree. */
    OrgUnit add(OrgUnit unit);

    long count();
}
