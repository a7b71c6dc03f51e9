package org.xinfang.core.domain.model.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Visibility;

/**
 * Cases, always seen through a {@link Visibility}: no method returns a case outside the caller's
 * unit subtrees.
 */
public interface CaseRepository {

    Optional<Case> find(Long id, Visibility visibility);

    Page<Case> list(CaseQuery query, Visibility visibility);

    Case add(Case caseFile);

    /**
     * The latest cases (at most {@code limit}, newest first) with a petitioner of one of these identity
     * or phone numbers, in every unit: a repeated filing is recognised wherever the first one was made.
     */
    List<Case> ofPetitioner(Set<String> idNumbers, Set<String> phones, int limit);
}
