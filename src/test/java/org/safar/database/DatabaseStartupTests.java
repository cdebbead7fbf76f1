package org.safar.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.safar.SafarApplication;
import org.safar.StaffClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where the database comes from, and what happens when its settings are wrong. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTests {

  static final String TWO_FACTOR_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  /** Starts the application with settings given as command-line arguments, as a person would. */
  static ConfigurableApplicationContext start(String... settings) {
    String[] args = new String[settings.length + 1];
    args[0] = "--server.port=0";
    for (int i = 0; i < settings.length; i++) {
      args[i + 1] = "--" + settings[i];
    }
    return new SpringApplicationBuilder(SafarApplication.class).run(args);
  }

  private static String[] with(String[] base, String... more) {
    String[] all = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  private static long count(ConfigurableApplicationContext app, String sql) {
    return app.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
  }

  @Test
  void theEmbeddedDatabaseKeepsItsDataAcrossRestartsAndMigratesOnlyOnce(
      @TempDir Path data, CapturedOutput output) {
    long migrations;
    long accounts;
    try (var first = start("safar.db.data-dir=" + data, "safar.demo.enabled=true")) {
      migrations = count(first, "select count(*) from flyway_schema_history");
      accounts = count(first, "select count(*) from account");
      first
          .getBean(JdbcClient.class)
          .sql(
              "insert into audit_event (actor, action, subject_type) values ('test', 'MARK', 'restart')")
          .update();
    }
    assertThat(Files.exists(data.resolve("postgres/PG_VERSION"))).isTrue();
    try (var second = start("safar.db.data-dir=" + data, "safar.demo.enabled=true")) {
      assertThat(count(second, "select count(*) from flyway_schema_history")).isEqualTo(migrations);
      assertThat(count(second, "select count(*) from account")).isEqualTo(accounts);
      assertThat(count(second, "select count(*) from audit_event where action = 'MARK'"))
          .isEqualTo(1);
      assertThat(count(second, "select count(*) from org_unit where kind = 'MRC'")).isEqualTo(7);
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
      assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
      assertThat(Files.exists(Path.of("data"))).as("nothing written to ./data").isFalse();
      // a second Safar on the same folder is told so in one line
      assertThatThrownBy(() -> start("safar.db.data-dir=" + data)).isNotNull();
      assertThat(output.getOut() + output.getErr()).contains("is in use by another running Safar");
    }
  }

  @Test
  void theSameApplicationRunsOnAnExternalPostgres(@TempDir Path elsewhere) throws Exception {
    try (EmbeddedPostgres external =
        EmbeddedPostgres.builder().setDataDirectory(elsewhere).start()) {
      try (Connection c = external.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create user safar_app password 'app-secret'");
        s.execute("create database safar_ext owner safar_app");
      }
      String url = "jdbc:postgresql://localhost:" + external.getPort() + "/safar_ext";
      // with an external database the two-factor key is a setting, the same on every instance
      String[] database = {
        "safar.db.url=" + url,
        "safar.db.user=safar_app",
        "safar.db.password=app-secret",
        "safar.security.two-factor.key=" + TWO_FACTOR_KEY,
        "safar.security.two-factor.required-roles="
      };
      try (var one =
              start(
                  with(
                      database,
                      "safar.admin.username=ext.admin",
                      "safar.admin.password=external passphrase"));
          var two = start(database)) {
        assertThat(count(one, "select count(*) from org_unit where kind = 'NETWORK'")).isEqualTo(1);
        assertThat(count(two, "select count(*) from account")).isEqualTo(1);
        assertThat(
                one.getBean(JdbcClient.class)
                    .sql("select current_user")
                    .query(String.class)
                    .single())
            .isEqualTo("safar_app");
        // a session started on one instance is good on the other: both keep it in PostgreSQL
        StaffClient person = StaffClient.signedIn(port(one), "ext.admin", "external passphrase");
        HttpResponse<String> onTheOther = person.samePersonOn(port(two)).get("/accounts");
        assertThat(onTheOther.statusCode()).isEqualTo(200);
        assertThat(onTheOther.body()).contains("ext.admin");
      }
    }
  }

  @Test
  void aMalformedDatabaseUrlStopsStartupWithOneClearLine(CapturedOutput output) {
    assertThatThrownBy(() -> start("safar.db.url=mysql://localhost/safar", "safar.db.user=x"))
        .isNotNull();
    assertThat(output.getOut() + output.getErr())
        .contains(
            "SAFAR_DB_URL (safar.db.url) is not a PostgreSQL JDBC URL: 'mysql://localhost/safar'")
        .doesNotContain("\tat org.safar");
  }

  @Test
  void aMissingDatabaseUserIsNamed(CapturedOutput output) {
    assertThatThrownBy(() -> start("safar.db.url=jdbc:postgresql://localhost:5/safar")).isNotNull();
    assertThat(output.getOut() + output.getErr())
        .contains("SAFAR_DB_USER (safar.db.user) is missing");
  }

  @Test
  void anUnreachableServerIsNamedWithItsSettings(CapturedOutput output) {
    assertThatThrownBy(
            () -> start("safar.db.url=jdbc:postgresql://127.0.0.1:1/safar", "safar.db.user=nobody"))
        .isNotNull();
    assertThat(output.getOut() + output.getErr())
        .contains(
            "Cannot connect to the PostgreSQL at SAFAR_DB_URL=jdbc:postgresql://127.0.0.1:1/safar")
        .doesNotContain("\tat org.safar");
  }
}
