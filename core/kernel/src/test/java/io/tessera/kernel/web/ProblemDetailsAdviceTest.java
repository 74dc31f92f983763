package io.tessera.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.util.UUID;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/** Which handler answers which exception: a lost update is a 409 however it surfaces, never a 500. */
class ProblemDetailsAdviceTest {

    private final ExceptionHandlerMethodResolver resolver = new ExceptionHandlerMethodResolver(ProblemDetailsAdvice.class);

    @Test
    void aConcurrentChangeIsAConflictWhetherSpringHibernateOrJpaRaisesIt() {
        assertThat(handlerOf(new ObjectOptimisticLockingFailureException("Activity", UUID.randomUUID()))).isEqualTo("staleVersion");
        // raised by a flush inside a service method, where nothing translates it
        assertThat(handlerOf(new StaleObjectStateException("Activity", UUID.randomUUID()))).isEqualTo("staleVersion");
        assertThat(handlerOf(new OptimisticLockException("row was updated"))).isEqualTo("staleVersion");
        assertThat(handlerOf(new IllegalStateException("boom"))).isEqualTo("unexpected");
    }

    private String handlerOf(Exception e) {
        return resolver.resolveMethodByThrowable(e).getName();
    }
}
