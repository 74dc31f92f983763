package io.tessera.plugins.activities;

import java.util.Locale;

/** What kind of interaction an activity records. */
enum ActivityType {
    CALL, MEETING, EMAIL, NOTE, TASK;

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ActivityType fromApi(String value) {
        return ActivityType.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
