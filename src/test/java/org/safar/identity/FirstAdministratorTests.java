package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.safar.SafarApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Outside demo mode there is no default password: the first administrator comes from settings. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

  @Test
  void withoutSettingsStartupSaysHowAndCreatesNobody(@TempDir Path data, CapturedOutput output) {
    try (var app =
        new SpringApplicationBuilder(SafarApplication.class)
            .run("--server.port=0", "--safar.db.data-dir=" + data)) {
      assertThat(
              app.getBean(JdbcClient.class)
                  .sql("select count(*) from account")
                  .query(Long.class)
                  .single())
          .isZero();
      assertThat(output.getOut())
          .contains("--safar.admin.username=NAME --safar.admin.password=PASSWORD");
    }
  }

  @Test
  void theCommandLineCreatesTheFirstAdministratorOnce(@TempDir Path data) {
    String[] args = {
      "--server.port=0",
      "--safar.db.data-dir=" + data,
      "--safar.admin.username=root.admin",
      "--safar.admin.password=a long first passphrase"
    };
    try (var app = new SpringApplicationBuilder(SafarApplication.class).run(args)) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(1);
      assertThat(
              jdbc.sql(
                      "select role from account_role r join account a on a.id = r.account_id where a.username = 'root.admin'")
                  .query(String.class)
                  .single())
          .isEqualTo("ADMINISTRATOR");
    }
  }

  @Test
  void demoDataNeverLoadsIntoADatabaseThatHoldsRealData(@TempDir Path data) {
    try (var real =
        new SpringApplicationBuilder(SafarApplication.class)
            .run(
                "--server.port=0",
                "--safar.db.data-dir=" + data,
                "--safar.admin.username=real.admin",
                "--safar.admin.password=a long real passphrase")) {
      assertThat(
              real.getBean(JdbcClient.class)
                  .sql("select count(*) from account")
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
    try (var demo =
        new SpringApplicationBuilder(SafarApplication.class)
            .run("--server.port=0", "--safar.db.data-dir=" + data, "--safar.demo.enabled=true")) {
      JdbcClient jdbc = demo.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(1);
      assertThat(
              jdbc.sql("select count(*) from org_unit where kind = 'MRC'")
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }
}
