package org.xinfang.core.domain.model.cases;

import java.util.Optional;

/**
 * Cases, always seen through a {@link Visibility}: no method returns a case outside the caller's
 * unit subtrees.
 */
public interface CaseRepository {

    Optional<Case> find(Long id, Visibility visibility);

    Page<Case> list(CaseQuery query, Visibility visibility);

    Case add(Case caseFile);
}
