package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.identity.AccountDraft;
import org.safar.identity.Accounts;
import org.safar.identity.Role;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Changing and deleting what the M&E officer defined, through the pages, over real HTTP. */
@SafarIntegrationTest
class ResultsEditingTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired Portfolio portfolio;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  ResultsThroughTheForms forms() {
    return new ResultsThroughTheForms(port, portfolio, orgUnits, jdbc);
  }

  long column(String sql, long id) {
    return jdbc.sql(sql).param(id).query(Long.class).single();
  }

  long audited(String action, String type, long id) {
    return jdbc.sql(
            "select count(*) from audit_event where action = ? and subject_type = ?"
                + " and subject_id = ?")
        .params(action, type, Long.toString(id))
        .query(Long.class)
        .single();
  }

  String definition(long result, String code, String title, int version) {
    return "resultId="
        + result
        + "&code="
        + code
        + "&title="
        + StaffClient.enc(title)
        + "&source=SESSIONS&measure=DISTINCT&unit=NUMBER&ascending=true&dimensions=SEX"
        + "&filters=&version="
        + version;
  }

  @Test
  void anEditOverAStaleVersionIsAConflictAndKeepsTheOtherChange() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long indicator =
        forms()
            .indicator(
                mande, forms().newProject("EDIT-" + System.nanoTime()), "E1", "Old", "DISTINCT");
    long result = column("select result_id from indicator where id = ?", indicator);
    String edit = "/results/indicators/" + indicator + "/edit";
    HttpResponse<String> first =
        mande.postRaw(edit, edit, definition(result, "E1", "Women counselled", 0));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
    HttpResponse<String> stale =
        mande.postRaw(edit, edit, definition(result, "E1", "People counselled again", 0));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("Someone else saved this record");
    assertThat(mande.get("/results/indicators/" + indicator).body())
        .contains("Women counselled")
        .doesNotContain("People counselled again");
    assertThat(audited("CHANGED", "indicator", indicator)).isEqualTo(1);
  }

  @Test
  void anIndicatorIsDeletedThroughItsConfirmationPageWithWhatGoesWithIt() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms().newProject("DEL-" + System.nanoTime());
    long indicator = forms().indicator(mande, project, "D1", "Sessions to delete", "DISTINCT");
    String page = "/results/indicators/" + indicator;
    assertThat(
            mande
                .postForm(
                    page,
                    page + "/targets",
                    Map.of("startsOn", "2025-01-01", "endsOn", "2025-12-31", "value", "40"))
                .statusCode())
        .isEqualTo(302);
    long framework = column("select framework_id from indicator where id = ?", indicator);
    String dhis2 = "/results/frameworks/" + framework + "/dhis2";
    assertThat(
            mande
                .postForm(
                    dhis2,
                    dhis2 + "/indicators/" + indicator,
                    Map.of("dataElement", "DelSessns01", "orgUnit", ""))
                .statusCode())
        .isEqualTo(302);
    // a donor report of the framework: the page says the indicator will be missing from it
    jdbc.sql(
            "insert into donor_report (framework_id, period_start, period_end, summary,"
                + " created_by, updated_by) values (?, '2025-01-01', '2025-12-31', 'Year', 't', 't')")
        .param(framework)
        .update();

    assertThat(mande.get(page).body()).contains("id=\"delete-indicator\"");
    HttpResponse<String> confirm = mande.get(page + "/delete");
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body())
        .contains("Delete the indicator “D1 Sessions to delete”?")
        .contains("Its targets: 1")
        .contains("Its DHIS2 mapping")
        .contains("id=\"donor-reports-warning\"");

    // a confirmation over an older version is refused, nothing is deleted
    HttpResponse<String> stale =
        mande.postForm(page + "/delete", page + "/delete", Map.of("version", "7"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("Someone changed this indicator");
    assertThat(column("select count(*) from indicator where id = ?", indicator)).isEqualTo(1);

    // (the project page takes the flash message left by adding the result, in the helper)
    assertThat(mande.get("/results/projects/" + project).body()).contains("id=\"indicator-D1\"");
    HttpResponse<String> deleted =
        mande.postForm(page + "/delete", page + "/delete", Map.of("version", "0"));
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(302);
    assertThat(StaffClient.location(deleted)).endsWith("/results/projects/" + project);
    assertThat(mande.get("/results/projects/" + project).body())
        .contains("The indicator is deleted.")
        .doesNotContain("id=\"indicator-D1\"");
    assertThat(mande.get(page).statusCode()).isEqualTo(404);
    assertThat(mande.getJson("/api/v1/indicators/" + indicator + "/values").statusCode())
        .isEqualTo(404);
    assertThat(column("select count(*) from indicator_target where indicator_id = ?", indicator))
        .isZero();
    assertThat(
            column(
                "select count(*) from indicator_dhis2_mapping where indicator_id = ?", indicator))
        .isZero();
    assertThat(audited("DELETED", "indicator", indicator)).isEqualTo(1);
  }

  @Test
  void aTargetAndAManualValueAreDeletedAfterConfirmation() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long first =
        forms()
            .indicator(
                mande, forms().newProject("T-" + System.nanoTime()), "T1", "Sessions", "COUNT");
    long framework = column("select framework_id from indicator where id = ?", first);
    long result = column("select result_id from indicator where id = ?", first);
    String page = "/results/indicators/" + first;
    mande.postForm(
        page,
        page + "/targets",
        Map.of("startsOn", "2025-01-01", "endsOn", "2025-12-31", "value", "12.5"));
    String confirm = page + "/targets/delete?startsOn=2025-01-01&endsOn=2025-12-31";
    assertThat(mande.get(page).body()).contains("targets/delete?startsOn=2025-01-01");
    assertThat(mande.get(confirm).body())
        .contains("Delete the target for 2025-01-01 – 2025-12-31 (12.5)?");
    HttpResponse<String> gone =
        mande.postForm(
            confirm,
            page + "/targets/delete",
            Map.of("startsOn", "2025-01-01", "endsOn", "2025-12-31"));
    assertThat(gone.statusCode()).isEqualTo(302);
    assertThat(column("select count(*) from indicator_target where indicator_id = ?", first))
        .isZero();
    assertThat(audited("TARGET_REMOVED", "indicator", first)).isEqualTo(1);

    String form = "/results/frameworks/" + framework + "/indicators/new";
    HttpResponse<String> manual =
        mande.postRaw(
            form,
            form,
            "resultId="
                + result
                + "&code=M1&title=Hand&source=MANUAL&measure=COUNT&unit=NUMBER"
                + "&ascending=true&filters=&version=0");
    assertThat(manual.statusCode()).as(manual.body()).isEqualTo(302);
    long hand = Long.parseLong(StaffClient.location(manual).replaceAll(".*/", ""));
    String handPage = "/results/indicators/" + hand;
    mande.postForm(
        handPage,
        handPage + "/manual-values",
        Map.of("startsOn", "2025-03-01", "endsOn", "2025-03-31", "value", "7", "note", "survey"));
    String confirmValue = handPage + "/manual-values/delete?startsOn=2025-03-01&endsOn=2025-03-31";
    assertThat(mande.get(confirmValue).body()).contains("Delete the value entered for");
    assertThat(
            mande
                .postForm(
                    confirmValue,
                    handPage + "/manual-values/delete",
                    Map.of("startsOn", "2025-03-01", "endsOn", "2025-03-31"))
                .statusCode())
        .isEqualTo(302);
    assertThat(column("select count(*) from indicator_manual_value where indicator_id = ?", hand))
        .isZero();
    assertThat(audited("VALUE_REMOVED", "indicator", hand)).isEqualTo(1);
  }

  @Test
  void aResultWithAnythingUnderItIsNotDeletedAnEmptyOneIs() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms().newProject("RES-" + System.nanoTime());
    long indicator = forms().indicator(mande, project, "R1", "Sessions", "COUNT");
    long framework = column("select framework_id from indicator where id = ?", indicator);
    long impact = column("select result_id from indicator where id = ?", indicator);
    String confirm = "/results/results/" + impact + "/delete";
    assertThat(mande.get(confirm).body())
        .contains("This result cannot be deleted: 0 result(s) and 1 indicator(s) stand under it.")
        .doesNotContain("id=\"confirm-delete\"");
    HttpResponse<String> refused = mande.postForm(confirm, confirm, Map.of());
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("This result cannot be deleted");
    assertThat(column("select count(*) from result_node where id = ?", impact)).isEqualTo(1);

    String projectPage = "/results/projects/" + project;
    mande.postForm(
        projectPage,
        "/results/frameworks/" + framework + "/results",
        Map.of("parentId", Long.toString(impact), "code", "1.9", "title", "Empty outcome"));
    long outcome =
        jdbc.sql("select id from result_node where framework_id = ? and code = '1.9'")
            .param(framework)
            .query(Long.class)
            .single();
    assertThat(mande.get(projectPage).body()).contains("id=\"delete-result-" + outcome + "\"");
    HttpResponse<String> deleted =
        mande.postForm(
            "/results/results/" + outcome + "/delete",
            "/results/results/" + outcome + "/delete",
            Map.of());
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(column("select count(*) from result_node where id = ?", outcome)).isZero();
    assertThat(audited("DELETED", "result_node", outcome)).isEqualTo(1);
  }

  @Test
  void outsideTheirScopeOrWithoutTheRoleNobodyDeletes() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms().newProject("SCOPE-" + System.nanoTime());
    long indicator = forms().indicator(mande, project, "S1", "Sessions", "COUNT");
    long framework = column("select framework_id from indicator where id = ?", indicator);
    long result = column("select result_id from indicator where id = ?", indicator);

    String username = "me.dhaka.edit";
    if (jdbc.sql("select count(*) from account where username = ?")
            .param(username)
            .query(Long.class)
            .single()
        == 0) {
      var admin =
          accounts.reload(
              jdbc.sql("select id from account where username = 'admin'")
                  .query(Long.class)
                  .single());
      SecurityContextHolder.getContext()
          .setAuthentication(
              UsernamePasswordAuthenticationToken.authenticated(
                  admin, null, admin.getAuthorities()));
      try {
        accounts.createInitial(
            new AccountDraft(
                username,
                "M&E Dhaka",
                null,
                EnumSet.of(Role.ME_OFFICER),
                Set.of(orgUnits.findByCode("MRC-DHAKA").orElseThrow().id())),
            "dhaka-me-password-2026");
      } finally {
        SecurityContextHolder.clearContext();
      }
    }
    StaffClient dhakaMe = StaffClient.signedIn(port, username, "dhaka-me-password-2026");
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long deniedBefore =
        jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED'")
            .query(Long.class)
            .single();
    for (StaffClient who : new StaffClient[] {dhakaMe, counsellor}) {
      assertThat(who.get("/results/indicators/" + indicator + "/delete").statusCode())
          .isEqualTo(403);
      assertThat(who.get("/results/results/" + result + "/delete").statusCode()).isEqualTo(403);
      assertThat(who.get("/results/frameworks/" + framework + "/dhis2").statusCode())
          .isEqualTo(403);
    }
    // a POST needs a CSRF token from a page the person may open: the M&E page of their own desk
    assertThat(
            dhakaMe
                .postForm(
                    "/results",
                    "/results/indicators/" + indicator + "/delete",
                    Map.of("version", "0"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            dhakaMe
                .postForm(
                    "/results",
                    "/results/frameworks/" + framework + "/dhis2/indicators/" + indicator,
                    Map.of("dataElement", "Abcdefghij1"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED'")
                .query(Long.class)
                .single())
        .isGreaterThan(deniedBefore);
    assertThat(column("select count(*) from indicator where id = ?", indicator)).isEqualTo(1);
    assertThat(
            column(
                "select count(*) from indicator_dhis2_mapping where indicator_id = ?", indicator))
        .isZero();
  }
}
