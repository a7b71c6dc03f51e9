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
     * The latest cases (at most {@code limit}, newest first) the caller may see with a petitioner of one
     * of these identity or phone match keys (see {@code Identities}): a repeated filing is recognised
     * wherever the first one was made within the caller's units, and a case outside them is never
     * found, so that registering with a number tells nothing about cases elsewhere.
     */
    List<Case> ofPetitioner(Set<String> idNumberKeys, Set<String> phoneKeys, Visibility visibility, int limit);
}
