package org.safar.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.counselling.ProtectedCases;
import org.safar.identity.AccountDraft;
import org.safar.identity.Accounts;
import org.safar.identity.Role;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Marking, handing over, closing and anonymising a protected case, and the refusals on the way. */
@SafarIntegrationTest
class ProtectedCaseTests {

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;
  @Autowired ProtectedCases protectedCases;
  @Autowired Accounts accounts;

  StaffClient as(String user) {
    return StaffClient.signedIn(port, user, ProtectedCaseFixture.PASSWORD);
  }

  ProtectedCaseFixture dhakaCase(StaffClient counsellor, StaffClient caseworker) {
    return ProtectedCaseFixture.build(
        jdbc,
        "Pc" + System.nanoTime() % 1000000,
        "MRC-DHAKA",
        orgUnits.findByCode("MRC-DHAKA").orElseThrow().id(),
        "counsellor.dhaka",
        counsellor,
        caseworker,
        "caseworker.dhaka",
        "supervisor.dhaka",
        null);
  }

  String clientPage(StaffClient c, ProtectedCaseFixture f) {
    return c.get("/counselling/clients/" + f.client).body();
  }

  int version(long client) {
    return jdbc.sql("select version from protected_case where client_id = ?")
        .param(client)
        .query(Integer.class)
        .single();
  }

  @Test
  void aCaseHandedOverMovesOnlyWhenTheReceiverAccepts() {
    StaffClient counsellor = as("counsellor.dhaka");
    StaffClient caseworker = as("caseworker.dhaka");
    StaffClient supervisor = as("supervisor.dhaka");
    ProtectedCaseFixture f = dhakaCase(counsellor, caseworker);
    assertThat(clientPage(counsellor, f))
        .contains("Confidential", "id=\"confidential-notice\"")
        .doesNotContain(f.name());
    assertThat(clientPage(caseworker, f)).contains(f.name(), f.phone(), f.notes());
    assertThat(clientPage(supervisor, f)).contains(f.name());

    // a caseworker of another MRC's org unit cannot be asked
    String page = "/counselling/clients/" + f.client;
    HttpResponse<String> outside =
        caseworker.postRaw(
            page,
            page + "/protection/offer",
            "version="
                + version(f.client)
                + "&role=CASEWORKER&to="
                + ProtectedCaseFixture.account(jdbc, "caseworker.dushanbe"));
    assertThat(outside.statusCode()).isEqualTo(302);
    assertThat(caseworker.get(page).body())
        .contains("does not hold the role for this MRC")
        .doesNotContain("id=\"protection-offer\"");

    // the supervisor hands supervision to themself? No: they hold it already
    HttpResponse<String> same =
        supervisor.postRaw(
            page,
            page + "/protection/offer",
            "version="
                + version(f.client)
                + "&role=SUPERVISOR&to="
                + ProtectedCaseFixture.account(jdbc, "supervisor.dhaka"));
    assertThat(same.statusCode()).isEqualTo(302);
    assertThat(supervisor.get(page).body()).contains("holds this role on the case already");

    // the caseworker asks a colleague at the same MRC; nothing moves until they accept
    long colleague = colleagueCaseworker();
    StaffClient other = as("caseworker.dhaka2");
    assertThat(other.get("/counselling/protected").statusCode()).isEqualTo(200);
    caseworker.postRaw(
        page,
        page + "/protection/offer",
        "version=" + version(f.client) + "&role=CASEWORKER&to=" + colleague);
    assertThat(clientPage(caseworker, f)).contains(f.name(), "id=\"protection-offer\"");
    assertThat(clientPage(other, f)).doesNotContain(f.name()).contains("id=\"accept-case\"");
    assertThat(other.get("/counselling/protected").body()).contains("accept-" + f.client);
    other.postRaw(page, page + "/protection/accept", "version=" + version(f.client));
    assertThat(clientPage(other, f)).contains(f.name());
    assertThat(clientPage(caseworker, f)).doesNotContain(f.name()).contains("Confidential");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where subject_id = ? and action in"
                        + " ('PROTECTED', 'CASE_OFFERED', 'CASE_ACCEPTED')")
                .param(String.valueOf(f.client))
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(4);
  }

  /** A second protection caseworker at Dhaka, made for this test by the administrator's form. */
  long colleagueCaseworker() {
    Long existing =
        jdbc.sql("select id from account where username = 'caseworker.dhaka2'")
            .query(Long.class)
            .optional()
            .orElse(null);
    if (existing != null) {
      return existing;
    }
    long dhaka = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    accounts.createInitial(
        new AccountDraft(
            "caseworker.dhaka2",
            "Second Caseworker",
            null,
            Set.of(Role.PROTECTION_CASEWORKER),
            Set.of(dhaka)),
        ProtectedCaseFixture.PASSWORD);
    return ProtectedCaseFixture.account(jdbc, "caseworker.dhaka2");
  }

  @Test
  void anAdministratorSeesConfidentialAndCannotFindTheClientByName() {
    StaffClient counsellor = as("counsellor.dhaka");
    ProtectedCaseFixture f = dhakaCase(counsellor, as("caseworker.dhaka"));
    StaffClient admin = as("admin");
    assertThat(clientPage(admin, f)).contains("Confidential").doesNotContain(f.name(), f.phone());
    assertThat(admin.get("/counselling/clients?q=" + f.name()).body())
        .doesNotContain("/counselling/clients/" + f.client + "\"");
    assertThat(admin.get("/counselling/clients/export.csv?mrc=" + f.mrc).body())
        .contains(f.client + ",MRC-DHAKA,Confidential,Confidential")
        .doesNotContain(f.name());
    assertThat(admin.get("/counselling/clients/" + f.client + "/edit").statusCode()).isEqualTo(403);
  }

  @Test
  void aClosedCaseIsAnonymisedWhenItsTimeIsUpAndCountsStay() {
    StaffClient caseworker = as("caseworker.dhaka");
    ProtectedCaseFixture f = dhakaCase(as("counsellor.dhaka"), caseworker);
    String page = "/counselling/clients/" + f.client;
    caseworker.postRaw(page, page + "/protection/close", "version=" + version(f.client));
    assertThat(clientPage(caseworker, f)).contains("id=\"reopen-case\"");
    long sessions = count("select count(*) from counselling_session where client_id = ?", f.client);

    protectedCases.anonymiseClosedBefore(LocalDate.now()); // closed today: not yet
    assertThat(clientPage(caseworker, f)).contains(f.name());

    protectedCases.anonymiseClosedBefore(LocalDate.now().plusDays(1));
    assertThat(clientPage(caseworker, f)).doesNotContain(f.name(), f.phone(), f.notes());
    assertThat(count("select count(*) from counselling_session where client_id = ?", f.client))
        .isEqualTo(sessions);
    assertThat(
            jdbc.sql("select age_band from client where id = ?")
                .param(f.client)
                .query(String.class)
                .single())
        .isNotNull();
    assertThat(
            count(
                "select count(*) from audit_event where action = 'ANONYMISED' and subject_id ="
                    + " cast(? as text)",
                f.client))
        .isEqualTo(1);
    // and nothing about it changes any more
    HttpResponse<String> reopen =
        caseworker.postRaw(page, page + "/protection/reopen", "version=" + version(f.client));
    assertThat(reopen.statusCode()).isEqualTo(302);
    assertThat(caseworker.get(page).body()).contains("was anonymised");
  }

  @Test
  void markingNeedsAReasonAndACaseworkerOfTheMrc() {
    StaffClient counsellor = as("counsellor.dhaka");
    long dhaka = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    HttpResponse<String> created =
        counsellor.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + dhaka
                + "&fullName=Unmarked+Person&migrantStatus=POTENTIAL&notDuplicate=true");
    String client = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    String form = "/counselling/clients/" + client + "/protect";
    HttpResponse<String> noReason =
        counsellor.postRaw(
            form,
            form,
            "caseworkerId="
                + ProtectedCaseFixture.account(jdbc, "caseworker.dhaka")
                + "&supervisorId="
                + ProtectedCaseFixture.account(jdbc, "supervisor.dhaka"));
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("Choose why the case is protected");
    HttpResponse<String> foreign =
        counsellor.postRaw(
            form,
            form,
            "reason=SGBV&caseworkerId="
                + ProtectedCaseFixture.account(jdbc, "caseworker.dushanbe")
                + "&supervisorId="
                + ProtectedCaseFixture.account(jdbc, "supervisor.dhaka"));
    assertThat(foreign.body()).contains("Choose a protection caseworker who works for this MRC");
    assertThat(
            count(
                "select count(*) from protected_case where client_id = ?", Long.parseLong(client)))
        .isZero();
  }

  long count(String sql, long id) {
    return jdbc.sql(sql).param(id).query(Long.class).single();
  }
}
