package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.access.ApiToken;
import org.xinfang.core.domain.model.access.ApiTokenRepository;
import org.xinfang.core.domain.model.user.AppUser;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.user WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> ofUser(String username) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.user.username = :name ORDER BY t.id DESC", ApiToken.class)
                .setParameter("name", username).getResultList();
    }

    @Override
    public int revokeAll(AppUser user, LocalDateTime now) {
        return em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now WHERE t.user = :user AND t.revokedAt IS NULL")
                .setParameter("now", now).setParameter("user", user).executeUpdate();
    }

    @Override
    public Optional<ApiToken> findOfUser(long id, String username) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.id = :id AND t.user.username = :name", ApiToken.class)
                .setParameter("id", id).setParameter("name", username).getResultStream().findFirst();
    }
}
