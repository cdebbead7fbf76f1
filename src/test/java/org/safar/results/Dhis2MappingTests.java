package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The DHIS2 mapping page: UIDs checked, unmapped indicators shown, dhis2.json using the map. */
@SafarIntegrationTest
class Dhis2MappingTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired Portfolio portfolio;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  @Test
  void uidsAreCheckedAndTheExportUsesWhatTheFormMapped() {
    var forms = new ResultsThroughTheForms(port, portfolio, orgUnits, jdbc);
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms.newProject("DHIS-" + System.nanoTime());
    long indicator = forms.indicator(mande, project, "H1", "People counselled", "DISTINCT");
    forms.recordASession("Dhis2 Map");
    long framework =
        jdbc.sql("select framework_id from indicator where id = ?")
            .param(indicator)
            .query(Long.class)
            .single();
    long dhaka = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    String page = "/results/frameworks/" + framework + "/dhis2";

    assertThat(mande.get("/results/projects/" + project).body()).contains("id=\"dhis2-mapping\"");
    String before = mande.get(page).body();
    assertThat(before)
        .contains("Indicators not mapped, left out of dhis2.json: 1")
        .contains("id=\"indicator-" + indicator + "\"")
        .contains("id=\"unit-" + dhaka + "\"");

    String action = page + "/indicators/" + indicator;
    for (String bad : List.of("SAFAR_SESSIONS", "1bcdefghijk", "Abcdefghij", "Abcdefghij12")) {
      HttpResponse<String> refused =
          mande.postForm(page, action, Map.of("dataElement", bad, "orgUnit", ""));
      assertThat(refused.statusCode()).as(bad).isEqualTo(200);
      assertThat(refused.body()).as(bad).contains("“" + bad + "” is not a DHIS2 id");
    }
    HttpResponse<String> badUnit =
        mande.postForm(page, action, Map.of("dataElement", "SessnsDhis2", "orgUnit", "x-y"));
    assertThat(badUnit.body()).contains("“x-y” is not a DHIS2 id");
    assertThat(
            jdbc.sql("select count(*) from indicator_dhis2_mapping where indicator_id = ?")
                .param(indicator)
                .query(Long.class)
                .single())
        .isZero();
    HttpResponse<String> badMrc =
        mande.postForm(page, page + "/units/" + dhaka, Map.of("uid", "dhaka"));
    assertThat(badMrc.body()).contains("“dhaka” is not a DHIS2 id");

    HttpResponse<String> mapped =
        mande.postForm(page, action, Map.of("dataElement", "SessnsDhis2", "orgUnit", ""));
    assertThat(mapped.statusCode()).isEqualTo(302);
    HttpResponse<String> mrc =
        mande.postForm(page, page + "/units/" + dhaka, Map.of("uid", "DhakaMrc001"));
    assertThat(mrc.statusCode()).isEqualTo(302);
    assertThat(mande.get(page).body())
        .contains("Every indicator counted from the records is mapped.")
        .contains("value=\"SessnsDhis2\"")
        .contains("value=\"DhakaMrc001\"");

    HttpResponse<String> json = mande.getJson("/results/projects/" + project + "/dhis2.json");
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    JsonNode body = JsonMapper.builder().build().readTree(json.body());
    assertThat(body.get("dataElementIdScheme").asString()).isEqualTo("UID");
    assertThat(body.get("orgUnitIdScheme").asString()).isEqualTo("UID");
    List<JsonNode> values = body.get("dataValues").valueStream().toList();
    assertThat(values).isNotEmpty();
    assertThat(values).allMatch(v -> v.get("dataElement").asString().equals("SessnsDhis2"));
    // every value goes to a mapped org unit: no Safar code leaks in, Dhaka has today's session
    assertThat(values).allMatch(v -> Dhis2Mappings.isUid(v.get("orgUnit").asString()));
    assertThat(values)
        .anyMatch(
            v ->
                v.get("orgUnit").asString().equals("DhakaMrc001")
                    && v.get("categoryOptionCombo").asString().equals("FEMALE"));
    assertThat(json.body()).doesNotContain("MRC-DHAKA");

    // removing the mapping: the indicator is unmapped again and leaves the export
    mande.postForm(page, action, Map.of("dataElement", "", "orgUnit", ""));
    assertThat(mande.get(page).body()).contains("Indicators not mapped, left out of dhis2.json: 1");
    assertThat(mande.getJson("/results/projects/" + project + "/dhis2.json").body())
        .doesNotContain("SessnsDhis2");

    // a viewer reads the page but has no form
    StaffClient viewer = StaffClient.signedIn(port, "viewer", PASSWORD);
    HttpResponse<String> read = viewer.get(page);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).doesNotContain("id=\"map-" + indicator + "\"");
  }
}
