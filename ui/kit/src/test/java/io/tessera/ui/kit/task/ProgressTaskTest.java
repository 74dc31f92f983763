package io.tessera.ui.kit.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import io.tessera.ui.kit.BackgroundExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ViewPackages(packages = "io.tessera.ui.kit.task")
class ProgressTaskTest extends BrowserlessTest {

    /** Stands in for the shell's executor: carries a "tenant" captured on the calling thread. */
    static final ScopedValue<String> TENANT = ScopedValue.newInstance();

    ExecutorService threads;
    List<String> submittedFrom = new ArrayList<>();
    BackgroundExecutor executor;
    ProgressTask<String> task;
    List<String> results = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    int cancellations;

    @BeforeEach
    void attachTask() {
        threads = Executors.newSingleThreadExecutor();
        executor = command -> {
            submittedFrom.add(Thread.currentThread().getName());
            String tenant = TENANT.orElse("none");
            threads.execute(() -> ScopedValue.where(TENANT, tenant).run(command));
        };
        task = new ProgressTask<>(executor);
        task.onSuccess(results::add).onFailure(failures::add).onCancelled(() -> cancellations++);
        UI.getCurrent().getPushConfiguration().setPushMode(PushMode.DISABLED);
        UI.getCurrent().add(task);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs the UI's pending access tasks until the condition holds, as the client's polls would. */
    void pollUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached in time").isLessThan(deadline);
            Thread.sleep(5);
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
        }
    }

    @Test
    void aJobRunsOffTheRequestThreadInTheCallersTenantAndDeliversItsResult() throws Exception {
        AtomicReference<String> jobThread = new AtomicReference<>();
        ScopedValue.where(TENANT, "acme").run(() -> task.start(progress -> {
            jobThread.set(Thread.currentThread().getName());
            return "imported for " + TENANT.get();
        }));

        assertThat(task.getState()).isEqualTo(ProgressTask.State.RUNNING);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ProgressTask.POLL_INTERVAL_MS);
        assertThat(task.isVisible()).isTrue();

        pollUntil(() -> task.getState() != ProgressTask.State.RUNNING);

        assertThat(task.getState()).isEqualTo(ProgressTask.State.SUCCEEDED);
        assertThat(results).containsExactly("imported for acme");
        assertThat(jobThread.get()).isNotEqualTo(Thread.currentThread().getName());
        assertThat(submittedFrom).containsExactly(Thread.currentThread().getName());
        assertThat(UI.getCurrent().getPollInterval()).as("poll interval restored").isEqualTo(-1);
        assertThat(task.getStatusText()).isEqualTo("Done");
        assertThat(task.getProgressBar().getValue()).isEqualTo(1.0);
        assertThatThrownBy(() -> new ProgressTask<String>(executor).start(p -> "x"))
                .hasMessageContaining("Attach");
    }

    @Test
    void progressReportsReachTheBarAndCancelStopsTheJob() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        task.start(progress -> {
            progress.report(0.25, "Row 250 of 1000");
            reported.countDown();
            while (true) {
                progress.checkCancelled();
                Thread.sleep(5);
            }
        });
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        pollUntil(() -> task.getProgressBar().getValue() == 0.25);
        assertThat(task.getStatusText()).isEqualTo("Row 250 of 1000");
        assertThat(task.getProgressBar().isIndeterminate()).isFalse();

        test(task.getCancelButton()).click();
        assertThat(task.getStatusText()).isEqualTo("Cancelling…");
        pollUntil(() -> task.getState() != ProgressTask.State.RUNNING);

        assertThat(task.getState()).isEqualTo(ProgressTask.State.CANCELLED);
        assertThat(cancellations).isEqualTo(1);
        assertThat(results).isEmpty();
        assertThat(failures).isEmpty();
        assertThat(task.getStatusText()).isEqualTo("Cancelled");
    }

    @Test
    void aFailingJobIsReportedAndTheDefaultShowsAProblem() throws Exception {
        task.start(progress -> {
            throw new IllegalArgumentException("The file has no header row");
        });
        pollUntil(() -> task.getState() != ProgressTask.State.RUNNING);
        assertThat(task.getState()).isEqualTo(ProgressTask.State.FAILED);
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("The file has no header row");

        ProgressTask<String> plain = new ProgressTask<>(executor);
        UI.getCurrent().add(plain);
        plain.start(progress -> {
            throw new IllegalArgumentException("The file has no header row");
        });
        pollUntil(() -> plain.getState() != ProgressTask.State.RUNNING);
        roundTrip();
        assertThat(find(Notification.class).all().getLast().getElement().getTextRecursively())
                .contains("Invalid input").contains("The file has no header row");
    }

    @Test
    void leavingTheViewCancelsTheJobAndARefusedSubmitFails() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Boolean> sawCancel = new AtomicReference<>(false);
        CountDownLatch stopped = new CountDownLatch(1);
        task.start(progress -> {
            started.countDown();
            try {
                while (!progress.isCancelled()) {
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sawCancel.set(true);
            stopped.countDown();
            return "partial";
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        UI.getCurrent().remove(task);
        assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sawCancel.get()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        ProgressTask<String> refused = new ProgressTask<String>(command -> {
            throw new RejectedExecutionException("queue full");
        }).onFailure(failures::add);
        UI.getCurrent().add(refused);
        refused.start(progress -> "never");
        assertThat(refused.getState()).isEqualTo(ProgressTask.State.FAILED);
        assertThat(failures).singleElement().isInstanceOf(RejectedExecutionException.class);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
