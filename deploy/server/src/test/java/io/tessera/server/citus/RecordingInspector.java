package io.tessera.server.citus;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * A Hibernate {@link StatementInspector} that records every SQL statement Hibernate prepares (entity loads, queries,
 * flushes), unchanged. Installed by {@code hibernate.session_factory.statement_inspector}; Hibernate instantiates it.
 */
public final class RecordingInspector implements StatementInspector {

    static final Queue<String> STATEMENTS = new ConcurrentLinkedQueue<>();

    /** Instantiated by Hibernate. */
    public RecordingInspector() {
    }

    @Override
    public String inspect(String sql) {
        STATEMENTS.add(sql);
        return sql;
    }
}
