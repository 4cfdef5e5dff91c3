package nl.opleidingsklimaat.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates a fresh database on the machine's PostgreSQL for one test run, owned by the {@code platform} role the
 * services use. Set {@code TEST_POSTGRES_URL} to point elsewhere.
 */
public final class TestDatabase {
    public static final String USER = "platform";
    public static final String PASSWORD = "platform";

    private TestDatabase() {}

    /**
     * The platform role may create databases (bin/test sets it up). When it does not exist yet, a trust-auth
     * superuser ({@code TEST_POSTGRES_ADMIN}, default postgres) creates it.
     */
    private static Connection adminConnection() throws SQLException {
        try {
            return DriverManager.getConnection(serverUrl() + "postgres", USER, PASSWORD);
        } catch (SQLException platformRoleMissing) {
            String admin = System.getenv().getOrDefault("TEST_POSTGRES_ADMIN", "postgres");
            try (Connection superuser = DriverManager.getConnection(serverUrl() + "postgres", admin, "");
                    Statement statement = superuser.createStatement()) {
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + USER
                        + "') THEN CREATE ROLE " + USER + " LOGIN CREATEDB PASSWORD '" + PASSWORD
                        + "'; END IF; END $$");
            } catch (SQLException e) {
                e.addSuppressed(platformRoleMissing);
                throw e;
            }
            return DriverManager.getConnection(serverUrl() + "postgres", USER, PASSWORD);
        }
    }

    public static String serverUrl() {
        String url = System.getenv("TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/" : url.endsWith("/") ? url : url + "/";
    }

    /**
     * Drops the database if it exists and creates it empty; returns its JDBC URL. {@code TEST_DATABASE_SUFFIX} (say
     * {@code _wt2}) is appended to the name, so two checkouts can run their tests side by side on one server.
     */
    public static String recreate(String baseName) {
        String suffix = System.getenv("TEST_DATABASE_SUFFIX");
        String name = suffix == null ? baseName : baseName + suffix;
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        try (Connection connection = adminConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not prepare test database " + name + " on " + serverUrl()
                            + " (is PostgreSQL running? bin/test starts it)",
                    e);
        }
        return serverUrl() + name;
    }
}
