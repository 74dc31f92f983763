package io.tessera.ui.kit.task;

/**
 * The work of a {@link ProgressTask}, run on a worker thread in the tenant's scope (carried by the
 * shell's executor). It must not touch UI components: it reports through {@link Progress}, and its
 * result reaches the UI through the task's success callback.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface Job<R> {

    /**
     * Does the work, reporting progress and stopping soon after cancellation is asked for.
     *
     * @param progress where to report progress and check for cancellation
     * @return the result
     * @throws Exception any failure, shown to the user as a problem
     */
    R run(Progress progress) throws Exception;
}
