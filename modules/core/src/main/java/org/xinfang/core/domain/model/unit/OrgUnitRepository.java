package org.xinfang.core.domain.model.unit;

import java.util.List;
import java.util.Optional;

/** The organisation tree. */
public interface OrgUnitRepository {

    Optional<OrgUnit> find(Long id);

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findAll();

    /** The units directly under {@code parent}, by id. */
    List<OrgUnit> childrenOf(OrgUnit parent);

    /** Persists a new unit and fixes its path in the tree. */
    OrgUnit add(OrgUnit unit);

    long count();
}
