package io.tessera.plugins.leads;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.TenantTask;
import java.time.Duration;

/** Deletes web-form submission counts that no longer weigh in the rate limit, once per rate window. */
class FormHitsCleanup implements TenantTask {

    private final SubmissionThrottle throttle;

    FormHitsCleanup(SubmissionThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Duration interval() {
        return throttle.window();
    }

    @Override
    public void run(TenantRef tenant) {
        throttle.cleanUp();
    }
}
