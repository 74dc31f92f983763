package io.tessera.ui.kit.task;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.tessera.ui.kit.BackgroundExecutor;
import io.tessera.ui.kit.i18n.KitMessages;
import io.tessera.ui.kit.notify.Notifications;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Job} off the request thread, with a progress bar, a status line and a cancel button.
 *
 * <p>The job runs on the shell's {@link BackgroundExecutor}, which carries the current tenant and
 * user to the worker thread (the kit itself knows nothing of tenancy). Progress reports and the
 * outcome reach the UI through {@code UI.access}, coalesced so that only the latest report is
 * applied. The shell does not enable server push; while a task runs, the UI therefore polls the
 * server every {@link #POLL_INTERVAL_MS} ms (its previous poll interval is restored afterwards), which
 * needs no websocket. With push enabled, no polling is set up.
 *
 * <p>Cancel (the button, {@link #cancel()}, or the component leaving the UI) asks the job to stop
 * through {@link Progress#isCancelled()} and interrupts the worker thread; the job then ends with
 * {@link CancellationException} (or returns) and the task reports "cancelled". A job's exception is
 * shown as a problem by default ({@link Notifications#error(Throwable)}).
 *
 * <pre>{@code
 * ProgressTask<Integer> task = new ProgressTask<>(backgroundExecutor);
 * task.onSuccess(count -> Notifications.success(getTranslation("crm.import.done", count)));
 * add(task);
 * task.start(progress -> importer.importAll(file, progress));
 * }</pre>
 *
 * @param <R> the job's result type
 */
public class ProgressTask<R> extends Composite<HorizontalLayout> {

    /** How often the UI polls while a task runs and push is off, in milliseconds. */
    public static final int POLL_INTERVAL_MS = 500;

    private static final Logger log = LoggerFactory.getLogger(ProgressTask.class);

    /** Where a task is in its life. */
    public enum State {
        /** Not started. */
        IDLE,
        /** The job is running. */
        RUNNING,
        /** The job returned a result. */
        SUCCEEDED,
        /** The job threw. */
        FAILED,
        /** The job stopped after a cancel. */
        CANCELLED
    }

    private final BackgroundExecutor executor;
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Button cancel = new Button(KitMessages.get("kit.task.cancel"));
    private Consumer<R> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = Notifications::error;
    private Runnable onCancelled = () -> { };
    private State state = State.IDLE;
    private Run run;

    /**
     * A task that runs its jobs on the shell's executor.
     *
     * @param executor the executor that carries tenant and user to the worker thread
     */
    public ProgressTask(BackgroundExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        bar.setWidth("12rem");
        bar.getElement().setAttribute("aria-label", KitMessages.get("kit.task.progress"));
        status.getElement().setAttribute("aria-live", "polite");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> cancel());
        HorizontalLayout content = getContent();
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        content.add(bar, status, cancel);
        content.setVisible(false);
        addDetachListener(this::detached);
    }

    /**
     * Sets what happens with the result, on the UI thread.
     *
     * @param handler receives the job's result
     * @return this task
     */
    public ProgressTask<R> onSuccess(Consumer<R> handler) {
        this.onSuccess = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Sets what happens when the job throws, on the UI thread. By default the problem is shown in
     * an error notification.
     *
     * @param handler receives the job's exception
     * @return this task
     */
    public ProgressTask<R> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Sets what happens after a cancelled job stopped, on the UI thread.
     *
     * @param handler the action
     * @return this task
     */
    public ProgressTask<R> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Starts a job. Call on the UI thread, with this component attached to a UI.
     *
     * @param job the work
     * @throws IllegalStateException if a job is running already or the component is not attached
     */
    public void start(Job<R> job) {
        Objects.requireNonNull(job, "job");
        if (state == State.RUNNING) {
            throw new IllegalStateException("A job is running already");
        }
        UI ui = getUI().orElseThrow(() -> new IllegalStateException("Attach the task to a UI before start()"));
        Run started = new Run(ui, job);
        run = started;
        state = State.RUNNING;
        bar.setIndeterminate(true);
        bar.setValue(0);
        status.setText(KitMessages.get("kit.task.running"));
        cancel.setEnabled(true);
        cancel.setVisible(true);
        getContent().setVisible(true);
        started.startPolling();
        try {
            executor.execute(started::work);
        } catch (RejectedExecutionException e) {
            started.stopPolling();
            finish(started, State.FAILED);
            onFailure.accept(e);
        }
    }

    /** Asks the running job to stop; nothing happens when no job runs. */
    public void cancel() {
        if (state == State.RUNNING && run != null) {
            run.cancel();
            cancel.setEnabled(false);
            status.setText(KitMessages.get("kit.task.cancelling"));
        }
    }

    /**
     * Where the task is.
     *
     * @return the state
     */
    public State getState() {
        return state;
    }

    /**
     * The progress bar.
     *
     * @return the bar
     */
    public ProgressBar getProgressBar() {
        return bar;
    }

    /**
     * The status line under the bar.
     *
     * @return the status text
     */
    public String getStatusText() {
        return status.getText();
    }

    /**
     * The cancel button.
     *
     * @return the button
     */
    public Button getCancelButton() {
        return cancel;
    }

    private void detached(DetachEvent event) {
        if (state == State.RUNNING && run != null) {
            run.cancel();
            run.stopPolling();
        }
    }

    private void finish(Run finished, State outcome) {
        if (finished != run) {
            return;
        }
        state = outcome;
        cancel.setVisible(false);
        bar.setIndeterminate(false);
        if (outcome == State.SUCCEEDED) {
            bar.setValue(1);
        }
        status.setText(KitMessages.get("kit.task." + outcome.name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** One run of a job: its cancellation flag, worker thread and pending progress report. */
    private final class Run implements Progress {
        private final UI ui;
        private final Job<R> job;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicReference<Thread> worker = new AtomicReference<>();
        private final AtomicReference<double[]> fraction = new AtomicReference<>();
        private final AtomicReference<String> message = new AtomicReference<>("");
        private final AtomicBoolean reportPending = new AtomicBoolean();
        private int previousPollInterval = -1;
        private boolean polling;

        Run(UI ui, Job<R> job) {
            this.ui = ui;
            this.job = job;
        }

        void startPolling() {
            if (!ui.getPushConfiguration().getPushMode().isEnabled()) {
                previousPollInterval = ui.getPollInterval();
                ui.setPollInterval(POLL_INTERVAL_MS);
                polling = true;
            }
        }

        void stopPolling() {
            if (polling) {
                ui.setPollInterval(previousPollInterval);
                polling = false;
            }
        }

        void work() {
            worker.set(Thread.currentThread());
            R result;
            try {
                checkCancelled();
                result = job.run(this);
            } catch (CancellationException | InterruptedException e) {
                Thread.interrupted();
                complete(() -> cancelled());
                return;
            } catch (Exception | Error e) {
                if (cancelled.get()) {
                    log.debug("Job ended with an exception after it was cancelled", e);
                    complete(this::cancelled);
                } else {
                    complete(() -> failed(e));
                }
                return;
            } finally {
                worker.set(null);
            }
            if (cancelled.get()) {
                complete(this::cancelled);
            } else {
                complete(() -> succeeded(result));
            }
        }

        private void succeeded(R result) {
            finish(this, State.SUCCEEDED);
            onSuccess.accept(result);
        }

        private void failed(Throwable error) {
            finish(this, State.FAILED);
            onFailure.accept(error);
        }

        private void cancelled() {
            finish(this, State.CANCELLED);
            onCancelled.run();
        }

        private void complete(Runnable outcome) {
            try {
                ui.access(() -> {
                    stopPolling();
                    outcome.run();
                });
            } catch (UIDetachedException e) {
                log.debug("The UI went away before the job finished; its outcome is dropped", e);
            }
        }

        void cancel() {
            cancelled.set(true);
            Thread thread = worker.get();
            if (thread != null) {
                thread.interrupt();
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void report(double done, String text) {
            fraction.set(new double[] {Math.clamp(done, 0.0, 1.0)});
            message.set(Objects.requireNonNullElse(text, ""));
            if (reportPending.compareAndSet(false, true)) {
                try {
                    ui.access(this::applyReport);
                } catch (UIDetachedException e) {
                    cancel();
                    throw new CancellationException("The view was closed");
                }
            }
        }

        private void applyReport() {
            reportPending.set(false);
            if (run != this || state != State.RUNNING) {
                return;
            }
            double[] done = fraction.get();
            if (done != null) {
                bar.setIndeterminate(false);
                bar.setValue(done[0]);
            }
            String text = message.get();
            if (!cancelled.get()) {
                status.setText(text.isEmpty() ? KitMessages.get("kit.task.running") : text);
            }
        }
    }
}
