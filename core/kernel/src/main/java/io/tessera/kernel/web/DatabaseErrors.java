package io.tessera.kernel.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Describes a database error for the log without the values it carries. Drivers put bound values into their
 * messages (PostgreSQL's {@code Detail: Key (email)=(…)} and {@code Batch entry 0 insert … values (…)}, H2's
 * {@code Value too long for column …: "'…'"}) — password and API-key hashes, whole payloads — so the application
 * logs SQLStates, error codes, constraint names and the stack, never a database message.
 */
final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** Whether the error comes from the database (an {@link SQLException} among its causes). */
    static boolean fromDatabase(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** e.g. {@code DataIntegrityViolationException ← ConstraintViolationException ← PSQLException [SQLState 23505, constraint users_email_uk]}. */
    static String describe(Throwable error) {
        List<String> chain = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            chain.add(t.getClass().getSimpleName());
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                facts.add("constraint " + violation.getConstraintName());
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                facts.add("SQLState " + sql.getSQLState());
            }
        }
        return String.join(" ← ", chain) + (facts.isEmpty() ? "" : " " + facts.stream().distinct().toList());
    }

    /**
     * The error as a loggable exception: the description as its message and the original's stack trace, without
     * any message of the original or its causes.
     */
    static RuntimeException withoutValues(Throwable error) {
        RuntimeException sanitized = new DatabaseError(describe(error));
        sanitized.setStackTrace(error.getStackTrace());
        return sanitized;
    }

    /** A database error as logged: what it was, where it was raised, no values. */
    static final class DatabaseError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DatabaseError(String description) {
            super(description, null, false, true);
        }
    }
}
