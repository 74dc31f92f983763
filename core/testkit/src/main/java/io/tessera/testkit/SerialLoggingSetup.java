package io.tessera.testkit;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Spring Boot's logging system is one per JVM, and kernels started at once in one JVM (a {@link TesseraCluster}) race
 * while each initializes it ("Unable to find Spring Environment in logger context"): the step where Boot's
 * {@link LoggingApplicationListener} does so runs for one start at a time. The rest of the starts stay concurrent.
 */
final class SerialLoggingSetup {

    private static final ReentrantLock LOCK = new ReentrantLock();

    private SerialLoggingSetup() {
    }

    /** The two listeners to add to a starting application: one just before Boot's logging listener, one just after. */
    static SmartApplicationListener[] listeners() {
        return new SmartApplicationListener[] {new Enter(), new Leave()};
    }

    private static final class Enter implements SmartApplicationListener {

        @Override
        public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
            return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            LOCK.lock();
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER - 1;
        }
    }

    private static final class Leave implements SmartApplicationListener {

        @Override
        public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
            return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                    || ApplicationFailedEvent.class.isAssignableFrom(eventType);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            // also after a failed start, whose logging step may have thrown before this listener's turn
            if (LOCK.isHeldByCurrentThread()) {
                LOCK.unlock();
            }
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER + 1;
        }
    }
}
