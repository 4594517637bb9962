package io.kumofleet.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away database on the PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres). Without
 * that server the test is skipped and says so, unless {@code KUMO_FLEET_REQUIRE_PG=1} (CI) makes it fail.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    /** Creates a fresh database, or skips (or fails, when required) the calling test. */
    public static PostgresDatabase create() {
        String name = "kumo_fleet_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER + "test", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String why = "PostgreSQL is not reachable on 127.0.0.1:5432 (" + e.getMessage() + ")";
            if ("1".equals(System.getenv("KUMO_FLEET_REQUIRE_PG"))) {
                Assertions.fail(why + " and KUMO_FLEET_REQUIRE_PG=1 requires it");
            }
            System.err.println("SKIPPED: " + why + "; set KUMO_FLEET_REQUIRE_PG=1 to make this a failure");
            Assumptions.abort(why + "; skipped (set KUMO_FLEET_REQUIRE_PG=1 to require it)");
        }
        return new PostgresDatabase(name);
    }

    public String jdbcUrl() {
        return SERVER + name;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "test", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
