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
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
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

  @Test
  void aReportIsWrittenValidatedAndDownloadedAsPdfAndXlsxWithThePeriodsFigures()
      throws IOException {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = newProject("REPORT-" + System.nanoTime());
    long indicator = framedIndicator(mande, project);
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
    recordASession();

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
        .contains("/results/reports/" + id + ".pdf");

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
    long project = newProject("ACHIEVE-" + System.nanoTime());
    framedIndicator(mande, project);
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

  long newProject(String code) {
    Programme parent = portfolio.findByCode("MIGRATION-MPTF").orElseThrow();
    return portfolio
        .record(
            new Programme(
                null,
                parent.id(),
                PortfolioLevel.PROJECT,
                code,
                "Project " + code,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 12, 31),
                null,
                null,
                org.safar.portfolio.ProgrammeStatus.RUNNING,
                orgUnits.network().id(),
                0))
        .id();
  }

  /** A framework over the whole network with one indicator: sessions counted, by sex. */
  long framedIndicator(StaffClient mande, long project) {
    String page = "/results/projects/" + project;
    HttpResponse<String> created =
        mande.postForm(
            page,
            page + "/framework",
            Map.of(
                "startsOn",
                "2021-01-01",
                "endsOn",
                "2030-06-30",
                "genderMarker",
                "2",
                "humanRightsMarker",
                "1",
                "childMarker",
                "0",
                "version",
                "0"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    long framework =
        jdbc.sql("select id from results_framework where programme_id = ?")
            .param(project)
            .query(Long.class)
            .single();
    mande.postForm(
        page,
        "/results/frameworks/" + framework + "/results",
        Map.of("code", "1", "title", "Safer migration"));
    long result =
        jdbc.sql("select id from result_node where framework_id = ?")
            .param(framework)
            .query(Long.class)
            .single();
    String form = "/results/frameworks/" + framework + "/indicators/new";
    HttpResponse<String> defined =
        mande.postRaw(
            form,
            form,
            "resultId="
                + result
                + "&code=R1&title=Sessions+counted&source=SESSIONS"
                + "&measure=COUNT&unit=NUMBER&ascending=true&dimensions=SEX&filters=&version=0");
    assertThat(defined.statusCode()).as(defined.body()).isEqualTo(302);
    return Long.parseLong(StaffClient.location(defined).replaceAll(".*/", ""));
  }

  /** A female client and a session today at MRC Dhaka, through the desk's forms. */
  void recordASession() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long mrc = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    HttpResponse<String> client =
        dhaka.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + mrc
                + "&fullName=Donor+Report+"
                + System.nanoTime()
                + "&sex=FEMALE&migrantStatus=POTENTIAL&notDuplicate=true");
    assertThat(client.statusCode()).as(client.body()).isEqualTo(302);
    String path = StaffClient.location(client).replaceAll("\\?.*", "");
    HttpResponse<String> session =
        dhaka.postRaw(
            path + "/sessions/new",
            path + "/sessions/new",
            "channel=HOTLINE&heldOn=" + LocalDate.now() + "&durationMinutes=20&topics=VISAS");
    assertThat(session.statusCode()).as(session.body()).isEqualTo(302);
  }
}
