package io.tessera.sdk.persistence;

import java.util.function.Supplier;

/**
 * The one way a module's code opens a transaction. Every method joins the caller's transaction when one is
 * active and otherwise begins one of its own; a transaction it began is run again (up to a few times) when
 * the database aborts it as a serialization failure or a deadlock victim, so the work must have no side
 * effects outside the transaction. The tenant in scope is set in the transaction as in any kernel one.
 *
 * <p>The architecture rule {@code io.tessera.testkit.ServiceAccessRules} treats every non-private service
 * method that calls {@link #write(Supplier)}, {@link #write(Runnable)} or {@link #writeSeparately(Supplier)}
 * (directly, or through methods of its own class) as a method that changes data: it must declare
 * {@link io.tessera.sdk.security.RequiresPermission} or {@link io.tessera.sdk.security.SystemOnly}.
 * {@link #read(Supplier)} begins a read-only transaction, in which the database refuses every change.
 */
public interface Transactions {

    /**
     * Runs work that only reads: in the caller's transaction, or in a read-only one of its own.
     *
     * @param work the work
     * @param <T>  the result type
     * @return the work's result
     */
    <T> T read(Supplier<T> work);

    /**
     * Runs work that may change data: in the caller's transaction, or in one of its own that commits when the
     * work returns and rolls back when it throws.
     *
     * @param work the work
     * @param <T>  the result type
     * @return the work's result
     */
    <T> T write(Supplier<T> work);

    /**
     * Runs work that may change data and returns nothing; see {@link #write(Supplier)}.
     *
     * @param work the work
     */
    void write(Runnable work);

    /**
     * Runs work that may change data in a transaction of its own even inside the caller's (which is suspended
     * meanwhile): it commits, or rolls back, independently of the caller's.
     *
     * @param work the work
     * @param <T>  the result type
     * @return the work's result
     */
    <T> T writeSeparately(Supplier<T> work);
}
