package org.safar.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Provides the one {@link DataSource}: an external PostgreSQL when a URL is configured, otherwise
 * an embedded PostgreSQL 17 whose files live in the data folder and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
  private static final String DATABASE_NAME = "safar";

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(DatabaseSettings settings, Environment environment) {
    DatabaseSettings effective = withSpringFallbacks(settings, environment);
    if (effective.external()) {
      return external(effective);
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(effective);
    HikariConfig config = pool(embedded.jdbcUrl(DATABASE_NAME), "postgres", null, settings);
    config.setPoolName("safar-embedded");
    return new EmbeddedDataSource(config, embedded);
  }

  private static DatabaseSettings withSpringFallbacks(DatabaseSettings s, Environment env) {
    if (s.external()) {
      return s;
    }
    String url = env.getProperty("spring.datasource.url");
    if (url == null || url.isBlank()) {
      return s;
    }
    return new DatabaseSettings(
        url,
        env.getProperty("spring.datasource.username"),
        env.getProperty("spring.datasource.password"),
        s.dataDir(),
        s.embeddedPort(),
        s.cleanStart(),
        s.poolSize());
  }

  private static HikariDataSource external(DatabaseSettings settings) {
    String url = settings.url().trim();
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new DatabaseConfigurationException(
          "SAFAR_DB_URL (safar.db.url) is not a PostgreSQL JDBC URL: '" + url + "'.",
          "Set SAFAR_DB_URL to a URL such as jdbc:postgresql://localhost:5432/safar,"
              + " or unset it to use the embedded database.",
          null);
    }
    if (settings.user() == null || settings.user().isBlank()) {
      throw new DatabaseConfigurationException(
          "SAFAR_DB_USER (safar.db.user) is missing for the external database " + url + ".",
          "Set SAFAR_DB_USER and SAFAR_DB_PASSWORD to the PostgreSQL account Safar should use.",
          null);
    }
    HikariDataSource dataSource =
        new HikariDataSource(pool(url, settings.user(), settings.password(), settings));
    try (Connection ignored = dataSource.getConnection()) {
      log.info("Using the external PostgreSQL at {}", url);
      return dataSource;
    } catch (SQLException | RuntimeException e) {
      dataSource.close();
      throw new DatabaseConfigurationException(
          "Cannot connect to the PostgreSQL at SAFAR_DB_URL="
              + url
              + " as SAFAR_DB_USER="
              + settings.user()
              + ": "
              + rootMessage(e),
          "Check SAFAR_DB_URL, SAFAR_DB_USER and SAFAR_DB_PASSWORD, and that the server runs.",
          e);
    }
  }

  private static HikariConfig pool(
      String url, String user, String password, DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(settings.poolSize());
    config.setMinimumIdle(Math.min(2, settings.poolSize()));
    config.setConnectionTimeout(5_000);
    config.setInitializationFailTimeout(-1);
    // Lists take optional filters ("cast(:x as text) is null or ..."); a cached generic plan
    // cannot drop the filters that are off and scans millions of rows, so plan each query
    // with its values (planning costs well under a millisecond).
    config.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
    return config;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  /** The embedded PostgreSQL server and the folder it keeps its files in. */
  record EmbeddedDatabase(EmbeddedPostgres postgres) {

    static EmbeddedDatabase start(DatabaseSettings settings) {
      Path folder = settings.dataDir().toAbsolutePath().normalize().resolve("postgres");
      try {
        Files.createDirectories(folder);
        if (!Files.isWritable(folder)) {
          throw new DatabaseConfigurationException(
              "The data folder " + folder + " is not writable.",
              "Set SAFAR_DATA_DIR (safar.db.data-dir) to a folder Safar may write to.",
              null);
        }
        boolean existing = Files.exists(folder.resolve("PG_VERSION"));
        EmbeddedPostgres.Builder builder =
            EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(settings.cleanStart())
                .setPort(settings.embeddedPort())
                .setRegisterShutdownHook(false)
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("max_connections", "60")
                .setServerConfig("timezone", "UTC");
        if (!settings.cleanStart()) {
          // zonky is made for tests and starts without fsync; data that is kept must survive a
          // power cut, so a kept database writes durably (only throwaway test databases do not)
          builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.createDatabaseIfMissing();
        log.info(
            "Embedded PostgreSQL {} on port {} with data in {}",
            existing ? "reopened" : "created",
            postgres.getPort(),
            folder);
        return database;
      } catch (IOException e) {
        throw new DatabaseConfigurationException(
            "The embedded PostgreSQL could not start with its data in "
                + folder
                + ": "
                + rootMessage(e),
            "Check that the data folder (SAFAR_DATA_DIR, safar.db.data-dir) is writable and not"
                + " in use by another Safar.",
            e);
      } catch (IllegalStateException e) {
        // zonky locks the folder while a PostgreSQL runs on it: another process gets "could not
        // lock", a second start in the same JVM an OverlappingFileLockException
        boolean locked =
            e instanceof java.nio.channels.OverlappingFileLockException
                || (e.getMessage() != null && e.getMessage().startsWith("could not lock"));
        if (!locked) {
          throw e;
        }
        throw new DatabaseConfigurationException(
            "The data folder " + folder + " is in use by another running Safar.",
            "Stop the other Safar, or give this one its own SAFAR_DATA_DIR (safar.db.data-dir).",
            e);
      }
    }

    String jdbcUrl(String database) {
      return postgres.getJdbcUrl("postgres", database);
    }

    private void createDatabaseIfMissing() {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
        exists.setString(1, DATABASE_NAME);
        if (!exists.executeQuery().next()) {
          try (var create = c.createStatement()) {
            create.execute("create database " + DATABASE_NAME + " encoding 'UTF8'");
          }
        }
      } catch (SQLException e) {
        throw new DatabaseConfigurationException(
            "The embedded PostgreSQL started but the database could not be prepared: "
                + e.getMessage(),
            "Remove the data folder's postgres directory if it is damaged.",
            e);
      }
    }

    void stop() {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A pool that stops the embedded server after its own connections are closed. */
  static class EmbeddedDataSource extends HikariDataSource {
    private final EmbeddedDatabase embedded;

    EmbeddedDataSource(HikariConfig configured, EmbeddedDatabase embedded) {
      super(configured);
      this.embedded = embedded;
    }

    @Override
    public void close() {
      super.close();
      embedded.stop();
      log.info("Embedded PostgreSQL stopped");
    }
  }
}
