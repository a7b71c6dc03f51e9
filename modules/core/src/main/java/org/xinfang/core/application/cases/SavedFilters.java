package org.xinfang.core.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.SavedCaseFilter;
import org.xinfang.core.domain.model.cases.SavedCaseFilterRepository;

/**
 * A person's saved filters of the case list. Saving under a name already used replaces that filter
 * (the clerk refines "my overdue letters" rather than collecting copies of it). A filter holds only
 * conditions, never cases, so applying it still shows only what the person may see today.
 */
@ApplicationScoped
public class SavedFilters {

    /** Enough for a person's standing views; a longer list in a drop-down is no longer a shortcut. */
    public static final int MAX_PER_PERSON = 20;

    @Inject
    private SavedCaseFilterRepository filters;

    @Inject
    private Clock clock;

    @Transactional
    public List<SavedCaseFilter> of(Caller caller) {
        return filters.ofUser(caller.username());
    }

    /** Saves the filters and sort of {@code query} under {@code name}, replacing the person's filter of that name. */
    @Transactional
    public Saved save(Caller caller, String name, CaseQuery query) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.of("filterName", Messages.get(caller.locale(), "filter.name.required"));
        }
        if (trimmed.length() > SavedCaseFilter.MAX_NAME) {
            throw InvalidInputException.of("filterName", Messages.get(caller.locale(), "filter.name.size", SavedCaseFilter.MAX_NAME));
        }
        Optional<SavedCaseFilter> same = filters.findByName(trimmed, caller.username());
        if (same.isEmpty() && filters.ofUser(caller.username()).size() >= MAX_PER_PERSON) {
            throw InvalidInputException.of("filterName", Messages.get(caller.locale(), "filter.tooMany", MAX_PER_PERSON));
        }
        SavedCaseFilter kept = same.orElseGet(() -> new SavedCaseFilter(caller.username(), trimmed));
        kept.keep(query, LocalDateTime.now(clock));
        if (same.isEmpty()) {
            filters.add(kept);
        }
        return new Saved(kept, same.isPresent());
    }

    /** A filter as saved, and whether it replaced one of the same name (the page says which). */
    public record Saved(SavedCaseFilter filter, boolean replaced) {
    }

    /** One of the person's filters; another person's is not found, as if it did not exist. */
    @Transactional
    public SavedCaseFilter get(Caller caller, long id) {
        return filters.find(id, caller.username())
                .orElseThrow(() -> new RecordNotFoundException(Messages.get(caller.locale(), "filter.notFound", id)));
    }

    @Transactional
    public void delete(Caller caller, long id) {
        filters.remove(get(caller, id));
    }
}
