package io.tessera.plugins.activities.api;

import io.tessera.sdk.event.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An activity linked to a module's record was logged, changed, completed, reopened or deleted. Published only
 * for activities that are (or were, before the change) linked to a record, so that the record's module can
 * react, e.g. rescore a lead. Carries the link before and after the change: an edit may move an activity from
 * one record to another. Consumers should read current figures (e.g. {@link LinkedActivities}) rather than
 * count events: delivery is at least once and not ordered.
 *
 * @param activityId       the activity
 * @param change           {@code logged}, {@code updated}, {@code completed}, {@code reopened} or {@code deleted}
 * @param type             call, meeting, email, note or task
 * @param partyId          the party it is with
 * @param moduleId         the module of the record it is linked to now, or {@code null} (deleted, or unlinked)
 * @param recordId         that record, or {@code null}
 * @param previousModuleId the module of the record it was linked to before an update, else {@code null}
 * @param previousRecordId that record, else {@code null}
 * @param done             whether it is done after the change
 * @param changedAt        when
 */
public record ActivityChanged(UUID activityId, String change, String type, UUID partyId, String moduleId, UUID recordId,
                              String previousModuleId, UUID previousRecordId, boolean done, Instant changedAt)
        implements DomainEvent {
}
