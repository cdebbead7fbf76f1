package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.identity.Accounts;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HXL CSV and DHIS2 dataValueSets of the demo project, checked against the engine's values. */
@SafarIntegrationTest
class OpenDataExportTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired OrgUnits orgUnits;
  @Autowired Indicators indicators;
  @Autowired OpenDataExports exports;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  void signInAs(String username) {
    long id =
        jdbc.sql("select id from account where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    var principal = accounts.reload(id);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
  }

  long demoProject() {
    return jdbc.sql("select id from programme where code = 'PROTECT-MRC'")
        .query(Long.class)
        .single();
  }

  long demoIndicator(String code) {
    return jdbc.sql(
            "select i.id from indicator i join results_framework f on f.id = i.framework_id"
                + " join programme p on p.id = f.programme_id"
                + " where p.code = 'PROTECT-MRC' and i.code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  @Test
  void theCsvHasHxlTagsAndTheEnginesQuarterlyValues() throws Exception {
    StaffClient mande = StaffClient.signedIn(port, "mande", "safar-demo-2026");
    HttpResponse<String> r = mande.get("/results/projects/" + demoProject() + "/values.csv");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(r.body())).getRecords();
    assertThat(rows.get(1).toList())
        .contains(
            "#indicator+code",
            "#indicator+name",
            "#date+start",
            "#date+end",
            "#meta+sex",
            "#org+code",
            "#org+name",
            "#indicator+num");
    List<String> header = rows.get(0).toList();
    int code = header.indexOf("indicator_code");
    int start = header.indexOf("start");
    int value = header.indexOf("value");
    int sex = header.indexOf("sex");
    signInAs("mande");
    IndicatorValues engine =
        indicators.values(demoIndicator("1.1.1.b"), IndicatorQuery.by(Dimension.QUARTER));
    assertThat(engine.by(Dimension.QUARTER)).isNotEmpty();
    for (Cell c : engine.by(Dimension.QUARTER)) {
      String q = c.get(Dimension.QUARTER);
      String first =
          q.substring(0, 4) + "-" + String.format("%02d", 3 * (q.charAt(6) - '0') - 2) + "-01";
      CSVRecord row =
          rows.stream()
              .filter(x -> x.get(code).equals("1.1.1.b"))
              .filter(x -> x.get(start).equals(first))
              .filter(x -> x.get(sex).isEmpty() && x.get(header.indexOf("mrc")).isEmpty())
              .filter(x -> x.get(header.indexOf("channel")).isEmpty())
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for " + q));
      assertThat(new BigDecimal(row.get(value))).as(q).isEqualByComparingTo(c.value());
    }
  }

  @Test
  void dhis2ValuesAreTheEnginesPerMrcQuarterAndSex() {
    long indicator = demoIndicator("1.1.1.b");
    signInAs("mande");
    exports.mapToDhis2(indicator, "SafarSessns", null);
    // every MRC of the demo project gets a DHIS2 org unit UID: "Ou" and its id, padded
    Map<String, String> uids = new java.util.HashMap<>();
    for (var u : orgUnits.tree(orgUnits.currentScope())) {
      String uid = "Ou" + String.format("%09d", u.unit().id());
      jdbc.sql(
              "insert into org_unit_dhis2 (org_unit_id, uid, changed_by) values (?, ?, 'test')"
                  + " on conflict (org_unit_id) do update set uid = excluded.uid")
          .params(u.unit().id(), uid)
          .update();
      uids.put(u.unit().code(), uid);
    }
    assertThat(exports.dhis2Mapping(indicator)).isPresent();
    IndicatorValues engine =
        indicators.values(
            indicator, IndicatorQuery.by(Dimension.QUARTER, Dimension.MRC, Dimension.SEX));
    List<Cell> cells = engine.by(Dimension.QUARTER, Dimension.MRC, Dimension.SEX);
    assertThat(cells).isNotEmpty();

    StaffClient mande = StaffClient.signedIn(port, "mande", "safar-demo-2026");
    HttpResponse<String> r = mande.getJson("/results/projects/" + demoProject() + "/dhis2.json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode values = JsonMapper.builder().build().readTree(r.body()).get("dataValues");
    List<JsonNode> ours =
        values
            .valueStream()
            .filter(v -> v.get("dataElement").asString().equals("SafarSessns"))
            .toList();
    assertThat(ours).hasSize(cells.size());
    for (Cell c : cells) {
      String q = c.get(Dimension.QUARTER).replace("-", "");
      String unit =
          uids.get(orgUnits.find(Long.parseLong(c.get(Dimension.MRC))).orElseThrow().code());
      JsonNode v =
          ours.stream()
              .filter(x -> x.get("period").asString().equals(q))
              .filter(x -> x.get("orgUnit").asString().equals(unit))
              .filter(x -> x.get("categoryOptionCombo").asString().equals(c.get(Dimension.SEX)))
              .findFirst()
              .orElseThrow(() -> new AssertionError("missing " + c.key()));
      assertThat(new BigDecimal(v.get("value").asString())).isEqualByComparingTo(c.value());
    }

    // with one org unit for the whole indicator: the totals by quarter and sex
    exports.mapToDhis2(indicator, "SafarSessns", "NatnlUnit01");
    String body = mande.getJson("/results/projects/" + demoProject() + "/dhis2.json").body();
    assertThat(body).contains("\"orgUnit\":\"NatnlUnit01\"").doesNotContain(uids.get("MRC-DHAKA"));
    exports.mapToDhis2(indicator, "", null);
    assertThat(exports.dhis2Mapping(indicator)).isEmpty();
  }
}
