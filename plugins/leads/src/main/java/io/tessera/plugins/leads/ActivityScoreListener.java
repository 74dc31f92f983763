package io.tessera.plugins.leads;

import io.tessera.plugins.activities.api.ActivityChanged;
import io.tessera.sdk.event.DomainEventListener;

/**
 * Keeps lead scores current with their activities: when an activity linked to a lead is logged, changed,
 * completed or deleted, the lead (and, for an activity moved between leads, the one it left) is rescored from
 * the current counts, so redelivered or reordered events change nothing. Registered only where the activities
 * module is installed.
 */
class ActivityScoreListener implements DomainEventListener<ActivityChanged> {

    private final ScoringService scoring;

    ActivityScoreListener(ScoringService scoring) {
        this.scoring = scoring;
    }

    @Override
    public Class<ActivityChanged> eventType() {
        return ActivityChanged.class;
    }

    @Override
    public void on(ActivityChanged event) {
        if (LeadsModule.ID.equals(event.moduleId()) && event.recordId() != null) {
            scoring.rescore(event.recordId());
        }
        if (LeadsModule.ID.equals(event.previousModuleId()) && event.previousRecordId() != null
                && !event.previousRecordId().equals(event.recordId())) {
            scoring.rescore(event.previousRecordId());
        }
    }
}
