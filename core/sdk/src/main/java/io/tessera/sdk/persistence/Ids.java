package io.tessera.sdk.persistence;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Generates time-ordered UUIDv7 ids (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter
 * that keeps ids from one JVM monotonic within a millisecond, then random bits. Time-ordered ids keep
 * B-tree inserts local, unlike random UUIDv4.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Clock CLOCK = Clock.systemUTC();
    private static long lastMillis;
    private static int counter;

    private Ids() {
    }

    /**
     * A new UUIDv7.
     *
     * @return a fresh id, greater than every id this JVM generated before
     */
    public static UUID newId() {
        long millis;
        int seq;
        LOCK.lock();
        try {
            millis = Math.max(CLOCK.millis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > 0xFFF) {
                    millis++;
                    counter = 0;
                }
            } else {
                counter = 0;
            }
            lastMillis = millis;
            seq = counter;
        } finally {
            LOCK.unlock();
        }
        long msb = (millis << 16) | 0x7000L | seq;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
