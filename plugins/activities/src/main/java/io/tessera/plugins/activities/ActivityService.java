package io.tessera.plugins.activities;

import io.tessera.plugins.activities.ActivityViews.ActivityView;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.PageView.Paging;
import io.tessera.sdk.web.PageView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** The current tenant's activities: create, read, update, complete, delete, and list them as a history. */
class ActivityService {

    private final EntityManager em;
    private final TransactionTemplate tx;
    private final Parties parties;
    private final CurrentUser user;

    ActivityService(EntityManager em, TransactionTemplate tx, Parties parties, CurrentUser user) {
        this.em = em;
        this.tx = tx;
        this.parties = parties;
        this.user = user;
    }

    /** Filters of the list; {@code null} means any. */
    record Filter(UUID partyId, String moduleId, UUID recordId, UUID ownerId, ActivityType type, Boolean done) {
    }

    @RequiresPermission(ActivitiesModule.WRITE)
    ActivityView create(ActivityRequest r) {
        return tx.execute(s -> {
            Activity activity = new Activity(ActivityType.fromApi(r.type()));
            apply(activity, r, r.ownerId() != null ? r.ownerId() : user.id().orElse(null));
            em.persist(activity);
            em.flush();
            return ActivityView.of(activity);
        });
    }

    ActivityView get(UUID id) {
        return tx.execute(s -> ActivityView.of(find(id)));
    }

    @RequiresPermission(ActivitiesModule.WRITE)
    ActivityView update(UUID id, ActivityRequest r) {
        return tx.execute(s -> {
            Activity activity = find(id);
            if (r.version() != null && !Objects.equals(r.version(), activity.getVersion())) {
                throw ApiProblem.conflict("Activity " + id + " was changed by someone else (version " + activity.getVersion()
                        + ", you sent " + r.version() + "); reload it and try again");
            }
            if (ActivityType.fromApi(r.type()) != activity.getType()) {
                throw ApiProblem.invalid("type", "cannot change from " + activity.getType().apiName());
            }
            apply(activity, r, r.ownerId() != null ? r.ownerId() : activity.getOwnerId());
            em.flush();
            return ActivityView.of(activity);
        });
    }

    @RequiresPermission(ActivitiesModule.WRITE)
    ActivityView markDone(UUID id, boolean done) {
        return tx.execute(s -> {
            Activity activity = find(id);
            if (activity.isDone() != done) {
                activity.markDone(done);
                em.flush();
            }
            return ActivityView.of(activity);
        });
    }

    @RequiresPermission(ActivitiesModule.WRITE)
    void delete(UUID id) {
        tx.executeWithoutResult(s -> em.remove(find(id)));
    }

    PageView<ActivityView> list(Filter f, Paging paging) {
        return tx.execute(s -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new LinkedHashMap<>();
            condition(where, params, "partyId", f.partyId());
            condition(where, params, "moduleId", f.moduleId());
            condition(where, params, "recordId", f.recordId());
            condition(where, params, "ownerId", f.ownerId());
            condition(where, params, "type", f.type());
            condition(where, params, "done", f.done());
            TypedQuery<Activity> page = em.createQuery(
                    "select a from Activity a" + where + " order by a.occurredAt desc, a.id desc", Activity.class);
            TypedQuery<Long> count = em.createQuery("select count(a) from Activity a" + where, Long.class);
            params.forEach((k, v) -> {
                page.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<Activity> items = page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            long total = items.size() < paging.size() && (paging.page() == 0 || !items.isEmpty())
                    ? (long) paging.offset() + items.size() : count.getSingleResult();
            return PageView.of(items.stream().map(ActivityView::of).toList(), paging, total);
        });
    }

    /** The activities matching the filter at an exact row offset (for the UI's lazy grids), newest first. */
    List<ActivityView> slice(Filter f, int offset, int limit) {
        return tx.execute(s -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new LinkedHashMap<>();
            conditions(where, params, f);
            TypedQuery<Activity> page = em.createQuery(
                    "select a from Activity a" + where + " order by a.occurredAt desc, a.id desc", Activity.class);
            params.forEach(page::setParameter);
            return page.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(ActivityView::of).toList();
        });
    }

    /** How many activities match the filter. */
    long count(Filter f) {
        return tx.execute(s -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new LinkedHashMap<>();
            conditions(where, params, f);
            TypedQuery<Long> count = em.createQuery("select count(a) from Activity a" + where, Long.class);
            params.forEach(count::setParameter);
            return count.getSingleResult();
        });
    }

    private static void conditions(StringBuilder where, Map<String, Object> params, Filter f) {
        condition(where, params, "partyId", f.partyId());
        condition(where, params, "moduleId", f.moduleId());
        condition(where, params, "recordId", f.recordId());
        condition(where, params, "ownerId", f.ownerId());
        condition(where, params, "type", f.type());
        condition(where, params, "done", f.done());
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String attribute, Object value) {
        if (value != null) {
            where.append(" and a.").append(attribute).append(" = :").append(attribute);
            params.put(attribute, value);
        }
    }

    private void apply(Activity activity, ActivityRequest r, UUID ownerId) {
        if (parties.find(r.partyId()).isEmpty()) {
            throw ApiProblem.invalid("partyId", "refers to no party of this tenant");
        }
        if ((r.moduleId() == null) != (r.recordId() == null)) {
            throw ApiProblem.invalid(r.moduleId() == null ? "moduleId" : "recordId",
                    "is required when linking to a module's record (moduleId and recordId go together)");
        }
        if (r.remindAt() != null && ownerId == null) {
            throw ApiProblem.invalid("ownerId", "is required for a reminder: someone must be notified");
        }
        activity.describe(r.subject().strip(), r.body() == null || r.body().isBlank() ? null : r.body().strip(),
                r.partyId(), r.moduleId(), r.recordId(), ownerId, r.dueAt(), r.remindAt());
    }

    private Activity find(UUID id) {
        return em.createQuery("select a from Activity a where a.id = :id", Activity.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Activity", id));
    }
}
