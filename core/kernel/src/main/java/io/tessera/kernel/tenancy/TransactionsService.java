package io.tessera.kernel.tenancy;

import io.tessera.sdk.persistence.Transactions;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SDK's {@link Transactions} on the kernel's transaction manager: joins an active transaction, and runs a
 * transaction it began again, up to {@value #ATTEMPTS} times, when PostgreSQL aborts it as a serialization
 * failure (40001) or a deadlock victim (40P01). Anything else propagates at once.
 */
@Component
class TransactionsService implements Transactions {

    private static final Logger log = LoggerFactory.getLogger(TransactionsService.class);
    static final int ATTEMPTS = 5;

    private final TransactionTemplate read;
    private final TransactionTemplate write;
    private final TransactionTemplate separate;

    TransactionsService(PlatformTransactionManager manager) {
        this.read = new TransactionTemplate(manager);
        this.read.setReadOnly(true);
        this.write = new TransactionTemplate(manager);
        this.separate = new TransactionTemplate(manager);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return run(read, work, false);
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return run(write, work, false);
    }

    @Override
    public void write(Runnable work) {
        run(write, () -> {
            work.run();
            return null;
        }, false);
    }

    @Override
    public <T> T writeSeparately(Supplier<T> work) {
        return run(separate, work, true);
    }

    private static <T> T run(TransactionTemplate template, Supplier<T> work, boolean alwaysNew) {
        if (!alwaysNew && TransactionSynchronizationManager.isActualTransactionActive()) {
            return template.execute(status -> work.get()); // joined: whoever began the transaction retries it
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                log.info("Transaction aborted ({}), attempt {} of {}; retrying", e.getClass().getSimpleName(), attempt,
                        ATTEMPTS);
                pauseBeforeRetry(attempt);
            }
        }
    }

    /**
     * Whether an exception is a serialization failure or deadlock anywhere in its cause chain.
     *
     * @param e the exception
     * @return true when running the transaction again may succeed
     */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short random pause, longer with each attempt, so that the transactions that collided do not collide again. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a transaction", e);
        }
    }
}
