package org.safar.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report form is guarded: a machine that fills in the honeypot is thanked and nothing is saved;
 * a fourth report from one address within the window is refused. Its own application, so the
 * address it exhausts is not the other tests'.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "safar.db.data-dir=target/test-data-portal-guard",
      "safar.db.clean-start=true",
      "safar.demo.enabled=true",
      "safar.portal.forms-per-address=3",
      "safar.security.two-factor.required-roles=",
      "spring.thymeleaf.cache=false"
    })
class AgencyReportGuardTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aHoneypotIsThankedWithoutSavingAndTooManyReportsAreRefused() {
    long mrc =
        jdbc.sql("select id from org_unit where code = 'MRC-KABUL'").query(Long.class).single();
    StaffClient visitor = new StaffClient(port);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("agency", "Ariana Overseas Workforce");
    form.put("whatHappened", "They asked for money before any contract.");
    form.put("mrcId", Long.toString(mrc));
    form.put("website", "http://spam.example");
    long before = inquiries();
    HttpResponse<String> machine =
        visitor.postForm("/portal/agencies/report?lang=en", "/portal/agencies/report", form);
    assertThat(machine.statusCode()).isEqualTo(200);
    assertThat(machine.body()).contains("Thank you").doesNotContain("reference number");
    assertThat(inquiries()).isEqualTo(before);

    form.put("website", "");
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> ok =
          visitor.postForm("/portal/agencies/report", "/portal/agencies/report", form);
      assertThat(ok.body()).contains("Your reference number");
    }
    HttpResponse<String> tooMany =
        visitor.postForm("/portal/agencies/report", "/portal/agencies/report", form);
    assertThat(tooMany.statusCode()).isEqualTo(429);
    assertThat(tooMany.body()).contains("Too many reports");
    assertThat(inquiries()).isEqualTo(before + 3);
  }

  long inquiries() {
    return jdbc.sql("select count(*) from inquiry where grievance").query(Long.class).single();
  }
}
