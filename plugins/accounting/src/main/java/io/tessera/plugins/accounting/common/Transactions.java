package io.tessera.plugins.accounting.common;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a transaction and runs it again, up to {@value #ATTEMPTS} times, when PostgreSQL aborts it
 * as a serialization failure (40001) or a deadlock victim (40P01). Anything else propagates at once.
 */
public final class Transactions {

    private static final Logger log = LoggerFactory.getLogger(Transactions.class);
    static final int ATTEMPTS = 5;

    private final TransactionTemplate tx;

    /**
     * Wraps the kernel's transaction template.
     *
     * @param tx the template
     */
    public Transactions(TransactionTemplate tx) {
        this.tx = tx;
    }

    /**
     * Runs the work in a new transaction, retrying transient aborts.
     *
     * @param work the work; it must not have side effects outside the transaction
     * @param <T>  the result type
     * @return the work's result
     */
    public <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                log.info("Transaction aborted ({}), attempt {} of {}; retrying", e.getClass().getSimpleName(), attempt,
                        ATTEMPTS);
                sleepBeforeRetry(attempt);
            }
        }
    }

    /**
     * Whether an exception is a serialization failure or deadlock anywhere in its cause chain.
     *
     * @param e the exception
     * @return true when retrying may succeed
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

    private static void sleepBeforeRetry(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 10 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a transaction", e);
        }
    }
}
