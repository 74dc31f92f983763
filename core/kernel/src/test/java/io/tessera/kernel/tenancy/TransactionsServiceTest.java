package io.tessera.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

class TransactionsServiceTest {

    @Test
    void serializationFailuresAndDeadlocksAnywhereInTheCauseChainAreTransient() {
        assertThat(TransactionsService.isTransient(new PessimisticLockingFailureException("x", new SQLException("s", "40001")))).isTrue();
        assertThat(TransactionsService.isTransient(new RuntimeException(new IllegalStateException(new SQLException("d", "40P01"))))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(TransactionsService.isTransient(new DataIntegrityViolationException("x", new SQLException("u", "23505")))).isFalse();
        assertThat(TransactionsService.isTransient(new RuntimeException(new SQLException("e", "P0001")))).isFalse();
        assertThat(TransactionsService.isTransient(new IllegalStateException("no cause"))).isFalse();
    }
}
