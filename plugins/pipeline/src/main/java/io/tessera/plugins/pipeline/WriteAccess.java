package io.tessera.plugins.pipeline;

import io.tessera.sdk.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The views' guard for changes: their routes need only {@code pipeline.read}, changes need {@code pipeline.write}. */
final class WriteAccess {

    private WriteAccess() {
    }

    static void require(CurrentUser user, String message) {
        if (!user.hasPermission(PipelineModule.WRITE)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, message);
        }
    }
}
