package nl.opleidingsklimaat.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates a fresh database on the machine's PostgreSQL for one test run, owned by the {@code platform} role the
 * services use. Set {@code TEST_POSTGRES_URL} / {@code TEST_POSTGRES_ADMIN} to point elsewhere.
 */
public final class TestDatabase {
    public static final String USER = "platform";
    public static final String PASSWORD = "platform";

    private TestDatabase() {
    }

    public static String serverUrl() {
        String url = System.getenv("TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/" : url.endsWith("/") ? url : url + "/";
    }

    /** Drops the database if it exists and creates it empty; returns its JDBC URL. */
    public static String recreate(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        String admin = System.getenv().getOrDefault("TEST_POSTGRES_ADMIN", "postgres");
        try (Connection connection = DriverManager.getConnection(serverUrl() + "postgres", admin, "");
                Statement statement = connection.createStatement()) {
            try {
                statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            } catch (SQLException alreadyThere) {
                // 42710 duplicate_object: the role exists from an earlier run
                if (!"42710".equals(alreadyThere.getSQLState())) {
                    throw alreadyThere;
                }
            }
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare test database " + name + " on " + serverUrl()
                    + " (is PostgreSQL running? bin/test starts it)", e);
        }
        return serverUrl() + name;
    }
}
