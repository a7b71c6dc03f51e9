package org.xinfang.core.application.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.domain.model.setting.Setting;
import org.xinfang.core.domain.model.setting.SettingRepository;

/**
 * The administrator's settings. Each rule keeps its statutory default in code and asks here with
 * that default; only changed values are stored.
 */
@ApplicationScoped
public class Settings {

    @Inject
    private SettingRepository stored;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The whole-number setting {@code key}, or {@code defaultValue} when it was never changed. */
    @Transactional
    public int number(String key, int defaultValue) {
        Setting s = stored.find(key).orElse(null);
        if (s == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(s.getValue().strip());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    /** Every changed setting, by name. */
    @Transactional
    public Map<String, Setting> changed() {
        return stored.all().stream()
                .collect(Collectors.toMap(Setting::getName, s -> s));
    }

    /**
     * Sets a whole-number setting; an administrator's act, audited. The value was checked against the
     * setting's range by {@link SettingsCatalogue}, through which every change goes.
     *
     * @throws NotPermittedException when the caller is not an administrator
     */
    @Transactional
    public void setNumber(Caller caller, String key, int value) {
        NotPermittedException.unlessAdmin(caller, "settings.adminOnly");
        LocalDateTime now = LocalDateTime.now(clock);
        Setting s = stored.find(key).orElse(null);
        if (s == null) {
            stored.add(new Setting(key, Integer.toString(value), now, caller.username()));
        } else {
            s.change(Integer.toString(value), now, caller.username());
        }
        audit.record(caller.username(), CoreAuditAction.SETTING_CHANGED, "Setting", key, null, key + "=" + value);
    }
}
