package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import io.tessera.kernel.account.UserAccounts;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Database errors never bring bound values into the logs or into the driver's messages: a statement that fails
 * with a bcrypt hash and an API-key-like value among its parameters leaves neither in anything logged (Hibernate's
 * loggers, the application's problem handler) nor in the exception the driver raised.
 */
class DatabaseErrorLoggingIT {

    /** Looks like an API key; it is bound next to the password hash in the failing statements. */
    static final String MARKER = "tsk_" + "logged-secret-";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().build();

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            logged.add(event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())));
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.start();
        root().addAppender(capture);
    }

    @AfterEach
    void stopCapturing() {
        root().detachAppender(capture);
        capture.stop();
    }

    @Test
    void aFailedInsertOfAnAccountLogsNeitherItsPasswordHashNorItsValues() {
        String tooLongName = MARKER + "x".repeat(300);

        assertThatThrownBy(() -> TenantContext.callWithoutTenant(() ->
                kernel.bean(UserAccounts.class).createUser("too-long@logging.test", tooLongName, "correct-horse-battery")))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(messages(e)).as("the driver's messages").doesNotContain("$2a$").doesNotContain(MARKER));

        assertThat(logged).as("logged after the failed insert").noneMatch(line -> line.contains("$2a$") || line.contains(MARKER));
    }

    @Test
    void aRequestThatFailsInTheDatabaseIsLoggedWithoutItsValues() {
        kernel.provisionTenant("logging", "correct-horse-battery");
        ApiClient admin = kernel.api("admin@logging.test", "correct-horse-battery");
        // a role description longer than its column: refused by the database (or, once validated up front, before it)
        String role = "{\"name\":\"auditor\",\"description\":\"" + MARKER + "x".repeat(400) + "\",\"permissions\":[\"parties.read\"]}";

        ApiResponse refused = admin.post("/api/v1/admin/roles", role);

        assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
        assertThat(refused.body()).doesNotContain(MARKER);
        assertThat(logged).as("logged after the failed request").noneMatch(line -> line.contains("$2a$") || line.contains(MARKER));
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                all.append(sql.getNextException().getMessage()).append('\n');
            }
        }
        return all.toString();
    }
}
