package io.tessera.plugins.activities;

import io.tessera.plugins.activities.ActivityViews.ActivityView;
import io.tessera.plugins.activities.api.ActivityChanged;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.Members;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.Cursor;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.PageView.Paging;
import io.tessera.sdk.web.RowExport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The current tenant's activities: create, read, update, complete, delete, and list them as a history. Changes
 * of activities linked to a module's record are published as {@link ActivityChanged}.
 */
class ActivityService {

    private final EntityManager em;
    private final Transactions tx;
    private final Parties parties;
    private final CurrentUser user;
    private final Members members;
    private final EventPublisher events;

    ActivityService(EntityManager em, Transactions tx, Parties parties, CurrentUser user, Members members,
                    EventPublisher events) {
        this.em = em;
        this.tx = tx;
        this.parties = parties;
        this.user = user;
        this.members = members;
        this.events = events;
    }

    /** At most this many people of a company join its history (ids bound as one list parameter). */
    static final int MAX_PEOPLE = 1_000;

    /**
     * Filters of the list; {@code null} means any. With {@code withPeople}, a company's history also holds the
     * activities of the people who work for it.
     */
    record Filter(UUID partyId, String moduleId, UUID recordId, UUID ownerId, ActivityType type, Boolean done,
                  boolean withPeople) {

        Filter(UUID partyId, String moduleId, UUID recordId, UUID ownerId, ActivityType type, Boolean done) {
            this(partyId, moduleId, recordId, ownerId, type, done, false);
        }
    }

    @RequiresPermission(ActivitiesModule.WRITE)
    ActivityView create(ActivityRequest r) {
        return tx.write(() -> {
            Activity activity = new Activity(ActivityType.fromApi(r.type()));
            requireMember(r.ownerId(), null);
            apply(activity, r, r.ownerId() != null ? r.ownerId() : user.id().orElse(null));
            em.persist(activity);
            em.flush();
            publish(activity, "logged", null, null);
            return ActivityView.of(activity);
        });
    }

    ActivityView get(UUID id) {
        return tx.read(() -> ActivityView.of(find(id)));
    }

    @RequiresPermission(ActivitiesModule.WRITE)
    ActivityView update(UUID id, ActivityRequest r) {
        return tx.write(() -> {
            Activity activity = find(id);
            if (r.version() != null && !Objects.equals(r.version(), activity.getVersion())) {
                throw ApiProblem.conflict("Activity " + id + " was changed by someone else (version " + activity.getVersion()
                        + ", you sent " + r.version() + "); reload it and try again");
            }
            if (ActivityType.fromApi(r.type()) != activity.getType()) {
                throw ApiProblem.invalid("type", "cannot change from " + activity.getType().apiName());
            }
            requireMember(r.ownerId(), activity.getOwnerId());
            String previousModule = activity.getModuleId();
            UUID previousRecord = activity.getRecordId();
            apply(activity, r, r.ownerId() != null ? r.ownerId() : activity.getOwnerId());
            em.flush();
            publish(activity, "updated", previousModule, previousRecord);
            return ActivityView.of(activity);
        });
    }

    @RequiresPermission(ActivitiesModule.WRITE)
    ActivityView markDone(UUID id, boolean done) {
        return tx.write(() -> {
            Activity activity = find(id);
            if (activity.isDone() != done) {
                activity.markDone(done);
                em.flush();
                publish(activity, done ? "completed" : "reopened", null, null);
            }
            return ActivityView.of(activity);
        });
    }

    @RequiresPermission(ActivitiesModule.WRITE)
    void delete(UUID id) {
        tx.write(() -> {
            Activity activity = find(id);
            em.remove(activity);
            if (activity.getModuleId() != null) {
                events.publish(new ActivityChanged(activity.getId(), "deleted", activity.getType().apiName(),
                        activity.getPartyId(), null, null, activity.getModuleId(), activity.getRecordId(),
                        activity.isDone(), Instant.now()));
            }
        });
    }

    /**
     * A page by number or, when {@code paging} has a cursor, the activities after it; newest first (by occurrence,
     * then id).
     */
    PageView<ActivityView> list(Filter f, Paging paging) {
        return tx.read(() -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new LinkedHashMap<>();
            conditions(where, params, f);
            String filtered = where.toString();
            if (paging.after() != null) {
                where.append(" and (a.occurredAt < :afterAt or (a.occurredAt = :afterAt and a.id < :afterId))");
                params.put("afterAt", paging.after().instant(0));
                params.put("afterId", paging.after().uuid(1));
            }
            TypedQuery<Activity> page = em.createQuery(
                    "select a from Activity a" + where + " order by a.occurredAt desc, a.id desc", Activity.class);
            params.forEach(page::setParameter);
            List<Activity> items = page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            return PageView.of(items, paging, () -> {
                TypedQuery<Long> count = em.createQuery("select count(a) from Activity a" + filtered, Long.class);
                params.forEach((k, v) -> {
                    if (!k.startsWith("after")) {
                        count.setParameter(k, v);
                    }
                });
                return count.getSingleResult();
            }, a -> Cursor.of(a.getOccurredAt(), a.getId()), ActivityView::of);
        });
    }

    /** The activities matching the filter at an exact row offset (for the UI's lazy grids), newest first. */
    List<ActivityView> slice(Filter f, int offset, int limit) {
        return tx.read(() -> {
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
        return tx.read(() -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new LinkedHashMap<>();
            conditions(where, params, f);
            TypedQuery<Long> count = em.createQuery("select count(a) from Activity a" + where, Long.class);
            params.forEach(count::setParameter);
            return count.getSingleResult();
        });
    }

    private void conditions(StringBuilder where, Map<String, Object> params, Filter f) {
        if (f.withPeople() && f.partyId() != null) {
            List<UUID> ids = new java.util.ArrayList<>();
            ids.add(f.partyId());
            ids.addAll(parties.peopleOf(f.partyId(), MAX_PEOPLE));
            where.append(" and a.partyId in :partyIds");
            params.put("partyIds", ids);
        } else {
            condition(where, params, "partyId", f.partyId());
        }
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

    /** Every activity matching the filter, newest first, for a CSV export read in keyset batches. */
    RowExport<ActivityView> export(Filter f) {
        return new RowExport<>(ActivityView.class, (last, limit) -> tx.read(() -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new LinkedHashMap<>();
            conditions(where, params, f);
            if (last != null) {
                where.append(" and (a.occurredAt < :lastAt or (a.occurredAt = :lastAt and a.id < :lastId))");
                params.put("lastAt", last.occurredAt());
                params.put("lastId", last.id());
            }
            TypedQuery<Activity> batch = em.createQuery(
                    "select a from Activity a" + where + " order by a.occurredAt desc, a.id desc", Activity.class);
            params.forEach(batch::setParameter);
            return batch.setMaxResults(limit).getResultList().stream().map(ActivityView::of).toList();
        }));
    }

    /** An owner named in a request must be an active member of the tenant (unless it is the owner already). */
    private void requireMember(UUID ownerId, UUID currentOwner) {
        if (ownerId != null && !ownerId.equals(currentOwner) && !members.isActive(ownerId)) {
            throw ApiProblem.invalid("ownerId", "is not an active member of this tenant");
        }
    }

    private void publish(Activity a, String change, String previousModule, UUID previousRecord) {
        boolean moved = previousModule != null
                && !(previousModule.equals(a.getModuleId()) && previousRecord.equals(a.getRecordId()));
        if (a.getModuleId() == null && !moved) {
            return;
        }
        events.publish(new ActivityChanged(a.getId(), change, a.getType().apiName(), a.getPartyId(), a.getModuleId(),
                a.getRecordId(), moved ? previousModule : null, moved ? previousRecord : null, a.isDone(), Instant.now()));
    }

    private void apply(Activity activity, ActivityRequest r, UUID ownerId) {
        if (parties.findForLink(r.partyId()).isEmpty()) {
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
