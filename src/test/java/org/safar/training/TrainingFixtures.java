package org.safar.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import org.safar.StaffClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small helpers shared by the training tests: records made through the pages, as people do. */
final class TrainingFixtures {

  static final String PASSWORD = "safar-demo-2026";

  private TrainingFixtures() {}

  static long unit(JdbcClient jdbc, String code) {
    return jdbc.sql("select id from org_unit where code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  static long project(JdbcClient jdbc, String code) {
    return jdbc.sql("select id from programme where code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  static long trainingId(JdbcClient jdbc, String title) {
    return jdbc.sql("select id from training where title = ?")
        .param(title)
        .query(Long.class)
        .single();
  }

  static long idFrom(HttpResponse<String> redirect) {
    String location = StaffClient.location(redirect);
    assertThat(location).as(redirect.body()).isNotNull();
    return Long.parseLong(location.replaceAll(".*/(\\d+).*", "$1"));
  }

  /** Records a training through the form; the response (a redirect when it was saved). */
  static HttpResponse<String> record(
      StaffClient who, long unit, long project, String title, String participation, String more) {
    return who.postRaw(
        "/trainings/new",
        "/trainings/new",
        "orgUnitId="
            + unit
            + "&programmeId="
            + project
            + "&kind=TRAINING&title="
            + enc(title)
            + "&startsOn=2024-05-02&endsOn=2024-05-03&participation="
            + participation
            + more);
  }

  static long persons(StaffClient who, JdbcClient jdbc, String title) {
    HttpResponse<String> r =
        record(who, unit(jdbc, "TJ-MLME"), project(jdbc, "PROTECT-MRC"), title, "PERSONS", "");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return idFrom(r);
  }

  static HttpResponse<String> addPerson(
      StaffClient who, long training, String name, String sex, String pre, String post) {
    String page = "/trainings/" + training + "/participants/new";
    return who.postRaw(
        page,
        page,
        "fullName="
            + enc(name)
            + "&institution="
            + enc("Migration Service")
            + "&sex="
            + sex
            + "&position=Inspector&preScore="
            + enc(pre)
            + "&postScore="
            + enc(post));
  }

  static long count(JdbcClient jdbc, String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
