package io.tessera.ui.kit.task;

import java.util.concurrent.CancellationException;

/** What a running {@link Job} reports to, and asks whether it should stop. Thread-safe. */
public interface Progress {

    /**
     * Reports how far the job is. Cheap to call often: the UI applies only the latest report.
     *
     * @param fraction done so far, from 0 to 1 (clamped)
     * @param message  what is happening, already translated; may be empty
     */
    void report(double fraction, String message);

    /**
     * Whether the user (or the view going away) asked the job to stop.
     *
     * @return whether cancellation was asked for
     */
    boolean isCancelled();

    /**
     * Stops the job by throwing when cancellation was asked for; call between units of work.
     *
     * @throws CancellationException if cancellation was asked for
     */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
