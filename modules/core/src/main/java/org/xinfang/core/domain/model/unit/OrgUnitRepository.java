package org.xinfang.core.domain.model.unit;

import java.util.List;
import java.util.Optional;

/** The organisation tree. */
public interface OrgUnitRepository {

    Optional<OrgUnit> find(Long id);

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findAll();

    /** Persists a new unit and fixes its path in the tree. */
    OrgUnit add(OrgUnit unit);

    long count();
}
