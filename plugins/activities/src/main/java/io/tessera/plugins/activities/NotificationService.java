package io.tessera.plugins.activities;

import io.tessera.plugins.activities.ActivityViews.NotificationLine;
import io.tessera.plugins.activities.ActivityViews.NotificationView;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.PageView.Paging;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The signed-in user's in-app notifications. */
class NotificationService {

    private final EntityManager em;
    private final Transactions tx;
    private final CurrentUser user;

    NotificationService(EntityManager em, Transactions tx, CurrentUser user) {
        this.em = em;
        this.tx = tx;
        this.user = user;
    }

    PageView<NotificationView> mine(boolean unreadOnly, Paging paging) {
        UUID me = requireUser();
        String where = " where n.userId = :me" + (unreadOnly ? " and n.readAt is null" : "");
        return tx.read(() -> {
            List<Notification> items = em.createQuery("select n from Notification n" + where
                            + " order by n.createdAt desc, n.id desc", Notification.class)
                    .setParameter("me", me)
                    .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            long total = paging.total(items.size(), () -> em.createQuery("select count(n) from Notification n" + where,
                    Long.class).setParameter("me", me).getSingleResult());
            return PageView.of(items.stream().map(NotificationView::of).toList(), paging, total);
        });
    }

    /**
     * The signed-in user's notifications at an exact row offset (the UI's lazy grid), newest first, each with
     * its activity's type, subject and due time (one query).
     */
    List<NotificationLine> mine(boolean unreadOnly, int offset, int limit) {
        UUID me = requireUser();
        String where = " where n.userId = :me" + (unreadOnly ? " and n.readAt is null" : "");
        return tx.read(() -> em.createQuery("select n, a.type, a.subject, a.dueAt from Notification n"
                        + " left join Activity a on a.id = n.activityId" + where
                        + " order by n.createdAt desc, n.id desc", Object[].class)
                .setParameter("me", me).setFirstResult(offset).setMaxResults(limit).getResultList()
                .stream().map(row -> new NotificationLine(NotificationView.of((Notification) row[0]),
                        (ActivityType) row[1], (String) row[2], (Instant) row[3])).toList());
    }

    /** How many notifications the signed-in user has (unread only, or all). */
    long countMine(boolean unreadOnly) {
        UUID me = requireUser();
        String where = " where n.userId = :me" + (unreadOnly ? " and n.readAt is null" : "");
        return tx.read(() -> em.createQuery("select count(n) from Notification n" + where, Long.class)
                .setParameter("me", me).getSingleResult());
    }

    @RequiresPermission(ActivitiesModule.READ)
    NotificationView markRead(UUID id) {
        UUID me = requireUser();
        return tx.write(() -> {
            Notification n = em.createQuery("select n from Notification n where n.id = :id and n.userId = :me",
                            Notification.class)
                    .setParameter("id", id).setParameter("me", me).getResultStream().findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("Notification", id));
            n.markRead();
            em.flush();
            return NotificationView.of(n);
        });
    }

    private UUID requireUser() {
        return user.id().orElseThrow(() -> {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Notifications belong to a signed-in user, not to an API key");
            body.setTitle(HttpStatus.FORBIDDEN.getReasonPhrase());
            return new ErrorResponseException(HttpStatus.FORBIDDEN, body, null);
        });
    }
}
