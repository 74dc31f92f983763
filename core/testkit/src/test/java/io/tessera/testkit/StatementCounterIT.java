package io.tessera.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The statement counter on a real PostgreSQL connection: statements, batch rows and round trips. */
class StatementCounterIT {

    static TestDatabase database;

    @BeforeAll
    static void database() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void countsEachStatementAndEachRoundTripAndNothingAfterItIsClosed() throws SQLException {
        try (Connection c = database.adminConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table counted (n int)");
            }
            try (StatementCounter counter = StatementCounter.start()) {
                try (Statement s = c.createStatement()) {
                    s.execute("select 1");
                    s.execute("select 2");
                }
                assertThat(counter.statements()).isEqualTo(2);
                assertThat(counter.roundTrips()).isEqualTo(2);

                counter.reset();
                try (PreparedStatement insert = c.prepareStatement("insert into counted (n) values (?)")) {
                    for (int i = 0; i < 5; i++) {
                        insert.setInt(1, i);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                assertThat(counter.statements()).as("one per batch row").isEqualTo(5);
                assertThat(counter.roundTrips()).as("the batch goes in one round trip").isEqualTo(1);

                counter.close();
                try (Statement s = c.createStatement()) {
                    s.execute("select 3");
                }
                assertThat(counter.statements()).as("closed: no longer counting").isEqualTo(5);
            }
        }
    }
}
