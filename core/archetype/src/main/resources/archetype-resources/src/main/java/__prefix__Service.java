package ${package};

import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.PageView.Paging;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's entries. Every method that changes data declares its permission: the kernel checks it on
 * each call through the bean, from the API, a view or another module.
 */
class ${prefix}Service {

    private final EntityManager em;

    ${prefix}Service(EntityManager em) {
        this.em = em;
    }

    @Transactional
    @RequiresPermission(${prefix}Module.WRITE)
    ${prefix}View create(${prefix}Request request) {
        ${prefix}Entry entry = new ${prefix}Entry(request.title().strip(), request.body());
        em.persist(entry);
        em.flush();
        return ${prefix}View.of(entry);
    }

    @Transactional(readOnly = true)
    ${prefix}View get(UUID id) {
        return ${prefix}View.of(find(id));
    }

    /** One page, newest first, and the total. */
    @Transactional(readOnly = true)
    PageView<${prefix}View> list(Paging paging) {
        return PageView.of(slice(paging.page() * paging.size(), paging.size()), paging, count());
    }

    /** Rows {@code offset} to {@code offset + limit}, newest first: what the list view's lazy grid asks for. */
    @Transactional(readOnly = true)
    List<${prefix}View> slice(int offset, int limit) {
        return em.createQuery("select e from ${prefix}Entry e order by e.createdAt desc, e.id desc", ${prefix}Entry.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(${prefix}View::of).toList();
    }

    @Transactional(readOnly = true)
    long count() {
        return em.createQuery("select count(e) from ${prefix}Entry e", Long.class).getSingleResult();
    }

    @Transactional
    @RequiresPermission(${prefix}Module.WRITE)
    ${prefix}View update(UUID id, ${prefix}Request request) {
        ${prefix}Entry entry = find(id);
        if (request.version() != null && !Objects.equals(request.version(), entry.getVersion())) {
            throw ApiProblem.conflict("Entry " + id + " was changed by someone else (version " + entry.getVersion()
                    + ", you sent " + request.version() + "); reload it and try again");
        }
        entry.change(request.title().strip(), request.body());
        em.flush();
        return ${prefix}View.of(entry);
    }

    @Transactional
    @RequiresPermission(${prefix}Module.WRITE)
    void delete(UUID id) {
        em.remove(find(id));
    }

    private ${prefix}Entry find(UUID id) {
        ${prefix}Entry entry = em.find(${prefix}Entry.class, id);
        if (entry == null) {
            throw ApiProblem.notFound("Entry", id);
        }
        return entry;
    }
}
