package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.core.domain.model.user.AppUserRepository;
import org.xinfang.core.domain.model.user.UnitRole;

@ApplicationScoped
public class JpaAppUserRepository implements AppUserRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Optional<AppUser> findByUsername(String username) {
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<String> enabledPasswordHash(String username) {
        return em.createQuery("SELECT u.passwordHash FROM AppUser u WHERE u.username = :username AND u.enabled = TRUE", String.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public Optional<String> displayNameOf(String username) {
        return em.createQuery("SELECT u.displayName FROM AppUser u WHERE u.username = :username", String.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public AppUser add(AppUser user) {
        em.persist(user);
        return user;
    }

    @Override
    public List<AppUser> allWithRoles() {
        return em.createQuery("SELECT DISTINCT u FROM AppUser u LEFT JOIN FETCH u.roles ORDER BY u.username", AppUser.class).getResultList();
    }

    @Override
    public List<UnitRole> enabledRoles() {
        return em.createQuery("SELECT r FROM UnitRole r JOIN FETCH r.user JOIN FETCH r.unit WHERE r.user.enabled = true", UnitRole.class)
                .getResultList();
    }

    @Override
    public List<UnitRole> rolesIn(long unitId, String role) {
        TypedQuery<UnitRole> query = em.createQuery("SELECT r FROM UnitRole r JOIN FETCH r.user WHERE r.unit.id = :unit"
                + (role == null ? "" : " AND r.roleName = :role") + " ORDER BY r.user.username", UnitRole.class)
                .setParameter("unit", unitId);
        if (role != null) {
            query.setParameter("role", role);
        }
        return query.getResultList();
    }

    @Override
    public List<UnitRole> rolesOf(String username) {
        return em.createQuery("SELECT r FROM UnitRole r JOIN FETCH r.unit WHERE r.user.username = :name ORDER BY r.id", UnitRole.class)
                .setParameter("name", username).getResultList();
    }
}
