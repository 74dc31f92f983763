package io.tessera.plugins.activities;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.TenantTask;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.env.Environment;

/**
 * Turns reminders that fell due into in-app notifications for the activity's owner, once each. The due
 * activities are read under a row lock (so that two nodes never notify twice: the second waits, then no longer
 * sees them as due) and marked reminded by one bulk UPDATE that leaves the entity's version alone, so a user's
 * concurrent change of the activity (say, completing it) is never refused as a lost update; {@link Activity}
 * writes only the columns it changed, so that change keeps the mark. Done activities are not reminded. Runs
 * every {@code tessera.activities.reminder-interval} (1 min).
 */
class ReminderTask implements TenantTask {

    static final int BATCH = 500;

    private final EntityManager em;
    private final Duration interval;

    ReminderTask(EntityManager em, Environment env) {
        this.em = em;
        this.interval = env.getProperty("tessera.activities.reminder-interval", Duration.class, Duration.ofMinutes(1));
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run(TenantRef tenant) {
        Instant now = Instant.now();
        List<Activity> due = em.createQuery("""
                        select a from Activity a
                        where a.remindAt <= :now and a.remindedAt is null and a.done = false
                        order by a.remindAt""", Activity.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(BATCH)
                .getResultList();
        if (due.isEmpty()) {
            return;
        }
        List<UUID> ids = due.stream().map(Activity::getId).toList();
        // a bulk update: no version increment, no stale copy of the other columns written back
        em.createQuery("update Activity a set a.remindedAt = :now where a.id in :ids and a.remindedAt is null")
                .setParameter("now", now).setParameter("ids", ids).executeUpdate();
        for (Activity activity : due) {
            if (activity.getOwnerId() != null) {
                em.persist(new Notification(activity.getOwnerId(), activity.getId(), message(activity)));
            }
            em.detach(activity);
        }
    }

    private static String message(Activity a) {
        String text = "Reminder: " + a.getType().apiName() + " \"" + a.getSubject() + "\""
                + (a.getDueAt() != null ? " is due at " + a.getDueAt() : "");
        return text.length() <= 400 ? text : text.substring(0, 397) + "...";
    }
}
