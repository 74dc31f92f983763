package io.tessera.server.citus;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records the text of every SQL statement the PostgreSQL driver parses, from its protocol log ({@code FE=> Parse} and
 * {@code FE=> SimpleQuery}): JdbcClient/TenantJdbc SQL and Hibernate's alike, every connection of the JVM. A statement
 * the driver has prepared on the server is parsed once per connection, so each distinct text is seen at least once.
 */
final class DriverStatements implements AutoCloseable {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private final Queue<String> statements = new ConcurrentLinkedQueue<>();
    private final Handler handler = new Recording();
    private final Level previousLevel = DRIVER.getLevel();
    private final boolean previousParentHandlers = DRIVER.getUseParentHandlers();

    static DriverStatements start() {
        DriverStatements recorder = new DriverStatements();
        recorder.handler.setLevel(Level.FINEST);
        DRIVER.addHandler(recorder.handler);
        DRIVER.setUseParentHandlers(false);
        DRIVER.setLevel(Level.FINEST);
        return recorder;
    }

    Queue<String> statements() {
        return statements;
    }

    @Override
    public void close() {
        DRIVER.removeHandler(handler);
        DRIVER.setLevel(previousLevel);
        DRIVER.setUseParentHandlers(previousParentHandlers);
    }

    private final class Recording extends Handler {

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null) {
                return;
            }
            int parse = message.indexOf("FE=> Parse(stmt=");
            if (parse >= 0) {
                int start = message.indexOf(",query=\"", parse);
                int end = message.lastIndexOf("\",oids=");
                if (start >= 0 && end > start) {
                    statements.add(message.substring(start + ",query=\"".length(), end));
                }
            } else if (message.contains("FE=> SimpleQuery(query=") && record.getParameters() != null
                    && record.getParameters().length > 0) {
                statements.add(String.valueOf(record.getParameters()[0]));
            }
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
