package org.xinfang.core.domain.model.setting;

import java.util.List;
import java.util.Optional;

/** The settings an administrator changed; a setting never changed is not stored. */
public interface SettingRepository {

    Optional<Setting> find(String name);

    List<Setting> all();

    Setting add(Setting setting);
}
