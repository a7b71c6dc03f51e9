package org.xinfang.core.domain.model.cases;

import java.util.List;
import java.util.Optional;

/** Saved filters of the case list, always of one person: no method reaches another's. */
public interface SavedCaseFilterRepository {

    /** The person's filters by name. */
    List<SavedCaseFilter> ofUser(String username);

    Optional<SavedCaseFilter> find(long id, String username);

    Optional<SavedCaseFilter> findByName(String name, String username);

    SavedCaseFilter add(SavedCaseFilter filter);

    void remove(SavedCaseFilter filter);
}
