package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Donor reports: the narrative form, the PDF and XLSX with the period's figures, achievements. */
@SafarIntegrationTest
class DonorReportTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired Portfolio portfolio;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  ResultsThroughTheForms forms() {
    return new ResultsThroughTheForms(port, portfolio, orgUnits, jdbc);
  }

  @Test
  void aReportIsWrittenValidatedAndDownloadedAsPdfAndXlsxWithThePeriodsFigures()
      throws IOException {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms().newProject("REPORT-" + System.nanoTime());
    long indicator = forms().indicator(mande, project, "R1", "Sessions counted", "COUNT");
    int year = LocalDate.now().getYear();
    String targets = "/results/indicators/" + indicator;
    assertThat(
            mande
                .postForm(
                    targets,
                    targets + "/targets",
                    Map.of("startsOn", year + "-01-01", "endsOn", year + "-12-31", "value", "4321"))
                .statusCode())
        .isEqualTo(302);
    forms().recordASession("Donor Report");

    String form = "/results/projects/" + project + "/reports/new";
    HttpResponse<String> outside =
        mande.postForm(form, form, report("2019-01-01", "2019-12-31", "Too early"));
    assertThat(outside.statusCode()).isEqualTo(200);
    assertThat(outside.body()).contains("The period lies outside the project");
    HttpResponse<String> noSummary =
        mande.postForm(form, form, report(year + "-01-01", year + "-12-31", " "));
    assertThat(noSummary.statusCode()).isEqualTo(200);
    assertThat(noSummary.body()).contains("Write a summary.");
    assertThat(count(project)).isZero();

    HttpResponse<String> saved =
        mande.postForm(
            form, form, report(year + "-01-01", year + "-12-31", "Counselling reached migrants"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    long id =
        jdbc.sql(
                "select r.id from donor_report r join results_framework f on f.id = r.framework_id"
                    + " where f.programme_id = ?")
            .param(project)
            .query(Long.class)
            .single();
    assertThat(mande.get("/results/projects/" + project).body())
        .contains("/results/reports/" + id + "/generate");

    String api =
        mande
            .getJson(
                "/api/v1/indicators/"
                    + indicator
                    + "/values?by=sex&from="
                    + year
                    + "-01-01&to="
                    + year
                    + "-12-31")
            .body();
    Matcher total = Pattern.compile("\\{\"value\":(\\d+)\\}").matcher(api);
    assertThat(total.find()).as(api).isTrue();
    long actual = Long.parseLong(total.group(1));
    assertThat(actual).isPositive();

    HttpResponse<byte[]> pdf = mande.download("/results/reports/" + id + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text = StaffClient.pdfText(pdf.body());
    assertThat(text)
        .contains("Donor progress report")
        .contains("Counselling reached migrants")
        .contains("Two new hotlines")
        .contains("Sessions counted")
        .contains("4321")
        .contains(Long.toString(actual))
        .contains("Female");

    HttpResponse<byte[]> xlsx = mande.download("/results/reports/" + id + ".xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("Narrative", "Indicators");
      List<Row> narrative = sheets.get(0).read();
      assertThat(narrative.stream().map(r -> r.getCellText(1)))
          .contains("Counselling reached migrants", "Two new hotlines");
      List<Row> rows = sheets.get(1).read();
      Row first = rows.get(1);
      assertThat(first.getCellText(1)).isEqualTo("Sessions counted");
      assertThat(first.getCellAsNumber(5)).contains(new BigDecimal("4321"));
      assertThat(first.getCellAsNumber(6)).contains(BigDecimal.valueOf(actual));
      assertThat(rows.stream().map(r -> r.getCellText(2))).contains("Female");
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where subject_type = 'donor_report'"
                        + " and subject_id = ? and action = 'DOWNLOADED'")
                .param(Long.toString(id))
                .query(Long.class)
                .single())
        .isEqualTo(2);

    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    assertThat(counsellor.download("/results/reports/" + id + ".pdf").statusCode()).isEqualTo(403);

    String edit = "/results/reports/" + id + "/edit";
    Map<String, String> changed =
        new java.util.HashMap<>(report(year + "-01-01", year + "-06-30", "Half a year"));
    changed.put("version", "0");
    assertThat(mande.postForm(edit, edit, changed).statusCode()).isEqualTo(302);
    HttpResponse<String> stale = mande.postForm(edit, edit, changed);
    assertThat(stale.statusCode()).isEqualTo(200);
  }

  @Test
  void theKeyAchievementsAddUpCountsOverTheProgrammesProjects() throws IOException {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms().newProject("ACHIEVE-" + System.nanoTime());
    forms().indicator(mande, project, "R1", "Sessions counted", "COUNT");
    long programme = portfolio.findByCode("MIGRATION-MPTF").orElseThrow().id();
    HttpResponse<byte[]> xlsx =
        mande.download("/results/programmes/" + programme + "/achievements.xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Row> rows = wb.getFirstSheet().read();
      assertThat(rows.get(1).getCellText(3)).isEqualTo("All time");
      assertThat(rows.size()).isGreaterThan(2);
      for (Row r : rows.subList(2, rows.size())) {
        BigDecimal thisYear = r.getCellAsNumber(2).orElseThrow();
        BigDecimal allTime = r.getCellAsNumber(3).orElseThrow();
        assertThat(allTime).isGreaterThanOrEqualTo(thisYear);
      }
    }
  }

  private long count(long project) {
    return jdbc.sql(
            "select count(*) from donor_report r join results_framework f"
                + " on f.id = r.framework_id where f.programme_id = ?")
        .param(project)
        .query(Long.class)
        .single();
  }

  private static Map<String, String> report(String from, String to, String summary) {
    return Map.of(
        "periodStart",
        from,
        "periodEnd",
        to,
        "summary",
        summary,
        "achievements",
        "Two new hotlines",
        "challenges",
        "Floods in the south",
        "nextSteps",
        "More outreach",
        "version",
        "0");
  }
}
