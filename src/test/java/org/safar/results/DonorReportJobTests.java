package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.counselling.Clients;
import org.safar.counselling.CounsellingSessions;
import org.safar.identity.Accounts;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Donor reports made in the background: the button, the progress page, the file for the person who
 * asked only, a failure's message, the limit of jobs per person, and the real indicator count.
 */
@SafarIntegrationTest
class DonorReportJobTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired Portfolio portfolio;
  @Autowired OrgUnits orgUnits;
  @Autowired Accounts accounts;
  @Autowired ResultsFrameworks frameworks;
  @Autowired Clients clients;
  @Autowired CounsellingSessions sessions;
  @Autowired DonorReports reports;
  @Autowired DonorReportJobs jobs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    ResultsFixture.signOut();
  }

  ResultsThroughTheForms forms() {
    return new ResultsThroughTheForms(port, portfolio, orgUnits, jdbc);
  }

  @Test
  void thePdfAndXlsxAreMadeInTheBackgroundForThePersonWhoAskedOnly() throws IOException {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms().newProject("JOB-" + System.nanoTime());
    forms().indicator(mande, project, "J1", "Sessions for the job", "COUNT");
    anotherIndicator(mande, project, "J2", "Second indicator for the job");
    long report = report(mande, project, "Made in the background");
    String dashboard = "/results/projects/" + project;
    assertThat(mande.get(dashboard).body())
        .contains("/results/reports/" + report + "/generate")
        .contains("generate-pdf-" + report);
    long downloadsBefore = downloads(report);

    String pdfJob = generate(mande, dashboard, report, "pdf");
    HttpResponse<String> page = waitUntilDone(mande, pdfJob);
    assertThat(page.body())
        .contains("Preparing the donor report (PDF)")
        .contains("id=\"report-download\"")
        .contains("/results/report-jobs/" + pdfJob + "/file")
        .contains("data-state=\"DONE\"");
    assertThat(page.headers().firstValue("Refresh")).isEmpty();
    java.util.regex.Matcher script =
        java.util.regex.Pattern.compile("src=\"(/js/report-download[^\"]*\\.js)\"")
            .matcher(page.body());
    assertThat(script.find()).as("the page's download script").isTrue();
    assertThat(mande.get(script.group(1)).statusCode()).isEqualTo(200);
    assertThat(downloads(report)).as("made, not yet downloaded").isEqualTo(downloadsBefore);
    HttpResponse<byte[]> pdf = mande.download("/results/report-jobs/" + pdfJob + "/file");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment")
        .contains(".pdf");
    assertThat(StaffClient.pdfText(pdf.body()))
        .contains("Made in the background")
        .contains("Sessions for the job")
        .contains("Second indicator for the job");
    assertThat(downloads(report)).isEqualTo(downloadsBefore + 1);

    String xlsxJob = generate(mande, dashboard, report, "xlsx");
    waitUntilDone(mande, xlsxJob);
    HttpResponse<byte[]> xlsx = mande.download("/results/report-jobs/" + xlsxJob + "/file");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(wb.getSheets().count()).isEqualTo(2);
    }
    assertThat(downloads(report)).isEqualTo(downloadsBefore + 2);

    // another account that reads results sees neither the job nor its file
    StaffClient manager = StaffClient.signedIn(port, "manager", PASSWORD);
    assertThat(manager.get("/results/report-jobs/" + pdfJob).statusCode()).isEqualTo(404);
    assertThat(manager.download("/results/report-jobs/" + pdfJob + "/file").statusCode())
        .isEqualTo(404);
    assertThat(mande.get("/results/report-jobs/no-such-job").statusCode()).isEqualTo(404);
    // who may not read results may not start one
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    assertThat(
            counsellor
                .post("/results/reports/" + report + "/generate", Map.of("format", "pdf"))
                .statusCode())
        .isEqualTo(403);
    // the direct download stays for scripts
    assertThat(mande.download("/results/reports/" + report + ".pdf").statusCode()).isEqualTo(200);
  }

  @Test
  void progressCountsEveryIndicatorAndAFailureSaysSoWithoutATrace() throws Exception {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms().newProject("JOBFAIL-" + System.nanoTime());
    forms().indicator(mande, project, "F1", "Failing job indicator 1", "COUNT");
    anotherIndicator(mande, project, "F2", "Failing job indicator 2");
    anotherIndicator(mande, project, "F3", "Failing job indicator 3");
    long report = report(mande, project, "A report that fails");
    fixture().signInAs("mande");

    List<Integer> told = new ArrayList<>();
    reports.compute(report, (done, of) -> told.add(done * 10 + of));
    assertThat(told).containsExactly(3, 13, 23, 33);

    DonorReportJob failing =
        jobs.start(
            report,
            "pdf",
            (content, writing) -> {
              throw new IllegalStateException("the renderer broke");
            });
    long until = System.currentTimeMillis() + 20_000;
    while (!failing.finished() && System.currentTimeMillis() < until) {
      Thread.sleep(50);
    }
    assertThat(failing.state()).isEqualTo(DonorReportJob.State.FAILED);
    assertThat(failing.indicators()).isEqualTo(3);
    assertThat(failing.computed()).isEqualTo(3);
    HttpResponse<String> page = mande.get("/results/report-jobs/" + failing.id());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("The report could not be made")
        .doesNotContain("IllegalStateException")
        .doesNotContain("the renderer broke");
    assertThat(mande.download("/results/report-jobs/" + failing.id() + "/file").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aPersonRunsAtMostThreeJobsAtOnce() throws Exception {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms().newProject("JOBLIMIT-" + System.nanoTime());
    forms().indicator(mande, project, "L1", "Limited job indicator", "COUNT");
    long report = report(mande, project, "Three at once");
    fixture().signInAs("mande");
    CountDownLatch release = new CountDownLatch(1);
    DonorReportJobs.Renderer waiting =
        (content, writing) -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          writing.run();
          return new byte[] {1};
        };
    List<DonorReportJob> started = new ArrayList<>();
    try {
      for (int i = 0; i < DonorReportJobs.PER_PERSON; i++) {
        started.add(jobs.start(report, "pdf", waiting));
      }
      assertThatThrownBy(() -> jobs.start(report, "pdf", waiting))
          .isInstanceOfSatisfying(
              InvalidIndicatorException.class,
              e -> assertThat(e.messageKey()).isEqualTo("results.report.job.error.tooMany"));
      String dashboard = "/results/projects/" + project;
      // the forms' redirects were not followed: let their notices go first
      for (int i = 0; i < 10 && mande.get(dashboard).body().contains("class=\"notice"); i++) {}
      HttpResponse<String> refused =
          mande.postForm(
              dashboard, "/results/reports/" + report + "/generate", Map.of("format", "pdf"));
      assertThat(refused.statusCode()).isEqualTo(302);
      assertThat(StaffClient.location(refused)).startsWith(dashboard);
      assertThat(mande.get(dashboard).body()).contains("You already have three reports");
      // another person is not held up by mande's jobs
      fixture().signInAs("manager");
      assertThat(jobs.start(report, "xlsx", (content, writing) -> new byte[] {2}).owner())
          .isEqualTo("manager");
    } finally {
      release.countDown();
    }
    for (DonorReportJob j : started) {
      long until = System.currentTimeMillis() + 20_000;
      while (!j.finished() && System.currentTimeMillis() < until) {
        Thread.sleep(50);
      }
      assertThat(j.state()).isEqualTo(DonorReportJob.State.DONE);
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private ResultsFixture fixture() {
    return new ResultsFixture(accounts, orgUnits, portfolio, frameworks, clients, sessions, jdbc);
  }

  private long report(StaffClient mande, long project, String summary) {
    int year = LocalDate.now().getYear();
    String form = "/results/projects/" + project + "/reports/new";
    HttpResponse<String> saved =
        mande.postForm(
            form,
            form,
            Map.of(
                "periodStart",
                year + "-01-01",
                "periodEnd",
                year + "-12-31",
                "summary",
                summary,
                "version",
                "0"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    return jdbc.sql(
            "select r.id from donor_report r join results_framework f on f.id = r.framework_id"
                + " where f.programme_id = ? order by r.id desc limit 1")
        .param(project)
        .query(Long.class)
        .single();
  }

  /** One more indicator over sessions by sex, in the framework the first one set up. */
  private void anotherIndicator(StaffClient mande, long project, String code, String title) {
    long framework =
        jdbc.sql("select id from results_framework where programme_id = ?")
            .param(project)
            .query(Long.class)
            .single();
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
                + "&code="
                + code
                + "&title="
                + StaffClient.enc(title)
                + "&source=SESSIONS&measure=COUNT&unit=NUMBER&ascending=true&dimensions=SEX"
                + "&filters=&version=0");
    assertThat(defined.statusCode()).as(defined.body()).isEqualTo(302);
  }

  private static String generate(StaffClient who, String page, long report, String format) {
    HttpResponse<String> r =
        who.postForm(page, "/results/reports/" + report + "/generate", Map.of("format", format));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String location = StaffClient.location(r);
    assertThat(location).startsWith("/results/report-jobs/");
    return location.substring("/results/report-jobs/".length());
  }

  private static HttpResponse<String> waitUntilDone(StaffClient who, String job) {
    long until = System.currentTimeMillis() + 30_000;
    while (true) {
      HttpResponse<String> page = who.get("/results/report-jobs/" + job);
      assertThat(page.statusCode()).isEqualTo(200);
      boolean done = page.body().contains("data-state=\"DONE\"");
      if (!done) {
        assertThat(page.body()).doesNotContain("data-state=\"FAILED\"");
        assertThat(page.headers().firstValue("Refresh")).hasValue("2");
        assertThat(page.body()).contains("id=\"report-progress\"");
      }
      if (done || System.currentTimeMillis() > until) {
        return page;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return page;
      }
    }
  }

  private long downloads(long report) {
    return jdbc.sql(
            "select count(*) from audit_event where subject_type = 'donor_report'"
                + " and subject_id = ? and action = 'DOWNLOADED'")
        .param(Long.toString(report))
        .query(Long.class)
        .single();
  }
}
