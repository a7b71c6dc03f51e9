package org.xinfang.core.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.core.domain.model.user.AppUserRepository;

/**
 * The refusal of a change to a case someone else changed first, for the page and the API alike: it
 * names that person as the pages do, by their name, and the minute they changed it.
 */
@ApplicationScoped
public class CaseConflicts {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private AppUserRepository users;

    /**
     * The refusal for {@code changed} as last stored. The name is read in a transaction of its own: the
     * caller's may have just failed its flush, and its persistence context must not flush again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EditConflictException of(Locale locale, Case changed) {
        String by = changed.getUpdatedBy();
        String name = by == null ? "" : users.findByUsername(by).map(AppUser::getDisplayName)
                .filter(n -> n != null && !n.isBlank()).orElse(by);
        String at = changed.getUpdatedAt() == null ? "" : AT.format(changed.getUpdatedAt());
        return new EditConflictException(Messages.get(locale, "case.conflict", changed.getNumber(), name, at));
    }
}
