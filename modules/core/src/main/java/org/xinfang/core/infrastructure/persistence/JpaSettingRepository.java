package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.setting.Setting;
import org.xinfang.core.domain.model.setting.SettingRepository;

@ApplicationScoped
public class JpaSettingRepository implements SettingRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Optional<Setting> find(String name) {
        return Optional.ofNullable(em.find(Setting.class, name));
    }

    @Override
    public List<Setting> all() {
        return em.createQuery("SELECT s FROM Setting s", Setting.class).getResultList();
    }

    @Override
    public Setting add(Setting setting) {
        em.persist(setting);
        return setting;
    }
}
