package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.cases.SavedCaseFilter;
import org.xinfang.core.domain.model.cases.SavedCaseFilterRepository;

@ApplicationScoped
public class JpaSavedCaseFilterRepository implements SavedCaseFilterRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public List<SavedCaseFilter> ofUser(String username) {
        return em.createQuery("SELECT f FROM SavedCaseFilter f WHERE f.username = :user ORDER BY f.name", SavedCaseFilter.class)
                .setParameter("user", username).getResultList();
    }

    @Override
    public Optional<SavedCaseFilter> find(long id, String username) {
        return em.createQuery("SELECT f FROM SavedCaseFilter f WHERE f.id = :id AND f.username = :user", SavedCaseFilter.class)
                .setParameter("id", id).setParameter("user", username).getResultStream().findFirst();
    }

    @Override
    public Optional<SavedCaseFilter> findByName(String name, String username) {
        return em.createQuery("SELECT f FROM SavedCaseFilter f WHERE f.name = :name AND f.username = :user", SavedCaseFilter.class)
                .setParameter("name", name).setParameter("user", username).getResultStream().findFirst();
    }

    @Override
    public SavedCaseFilter add(SavedCaseFilter filter) {
        em.persist(filter);
        return filter;
    }

    @Override
    public void remove(SavedCaseFilter filter) {
        em.remove(filter);
    }
}
