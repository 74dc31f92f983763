package io.tessera.plugins.activities;

import java.time.Instant;
import java.util.UUID;

/** What the activities API returns. */
final class ActivityViews {

    private ActivityViews() {
    }

    record ActivityView(UUID id, String type, String subject, String body, UUID partyId, String moduleId, UUID recordId,
                        UUID ownerId, Instant dueAt, Instant remindAt, Instant remindedAt, Instant occurredAt,
                        boolean done, Instant doneAt, boolean overdue, Instant createdAt, Instant updatedAt, long version) {

        static ActivityView of(Activity a) {
            boolean overdue = !a.isDone() && a.getDueAt() != null && a.getDueAt().isBefore(Instant.now());
            return new ActivityView(a.getId(), a.getType().apiName(), a.getSubject(), a.getBody(), a.getPartyId(),
                    a.getModuleId(), a.getRecordId(), a.getOwnerId(), a.getDueAt(), a.getRemindAt(), a.getRemindedAt(),
                    a.getOccurredAt(), a.isDone(), a.getDoneAt(), overdue, a.getCreatedAt(), a.getUpdatedAt(),
                    a.getVersion() == null ? 0 : a.getVersion());
        }
    }

    record NotificationView(UUID id, UUID activityId, String message, Instant createdAt, Instant readAt) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getActivityId(), n.getMessage(), n.getCreatedAt(), n.getReadAt());
        }
    }

    /**
     * A notification as the UI lists it: with its activity's type, subject and due time (absent when the
     * activity was deleted), so the text is written in the reader's language and the tenant's format.
     */
    record NotificationLine(NotificationView notification, ActivityType type, String subject, Instant dueAt) {
    }
}
