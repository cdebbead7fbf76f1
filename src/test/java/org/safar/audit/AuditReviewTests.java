package org.safar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The data-protection officer reviews and exports the audit trail, and sees no case content. */
@SafarIntegrationTest
class AuditReviewTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  long exports() {
    return jdbc.sql(
            "select count(*) from audit_event where actor = 'dpo' and action = 'EXPORTED'"
                + " and subject_type = 'audit_event'")
        .query(Long.class)
        .single();
  }

  @Test
  void theDpoReviewsAndExportsTheTrailAndTheExportIsItselfRecorded() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    counsellor.get("/counselling/clients/999999999");
    StaffClient dpo = StaffClient.signedIn(port, "dpo", PASSWORD);
    assertThat(dpo.get("/audit?q=client").statusCode()).isEqualTo(200);
    long before = exports();
    HttpResponse<String> csv = dpo.get("/audit/export.csv?q=counsellor.dhaka");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("audit-"));
    assertThat(csv.body())
        .startsWith("\uFEFFoccurred_at,actor,action,subject_type,subject_id,details")
        .contains("counsellor.dhaka")
        .doesNotContain(",dpo,");
    assertThat(exports()).isEqualTo(before + 1);
  }

  @Test
  void theDpoSeesNoCaseContentAndOthersNoTrail() {
    StaffClient dpo = StaffClient.signedIn(port, "dpo", PASSWORD);
    assertThat(dpo.get("/counselling/clients").statusCode()).isEqualTo(403);
    assertThat(dpo.get("/referrals").statusCode()).isEqualTo(403);
    assertThat(dpo.get("/accounts").statusCode()).isEqualTo(403);
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    assertThat(counsellor.get("/audit").statusCode()).isEqualTo(403);
    assertThat(counsellor.get("/audit/export.csv").statusCode()).isEqualTo(403);
  }
}
