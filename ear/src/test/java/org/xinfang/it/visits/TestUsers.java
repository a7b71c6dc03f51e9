package org.xinfang.it.visits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.CallerDirectory;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.core.domain.model.user.AppUserRepository;

/**
 * Users stored in the server's user table (a leader named on a record must be a real user leading
 * the unit), each with one role in one unit, read back as the caller the server would build.
 */
@ApplicationScoped
public class TestUsers {

    @Inject
    AppUserRepository users;

    @Inject
    CallerDirectory directory;

    @Transactional
    public Caller holding(String role, OrgUnit unit) {
        String name = "v-" + role.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = new AppUser(name, "测试" + role, "not-a-password-hash", null, LocalDateTime.now());
        user.grant(role, unit);
        users.add(user);
        return directory.forUsername(name, Locale.SIMPLIFIED_CHINESE);
    }
}
