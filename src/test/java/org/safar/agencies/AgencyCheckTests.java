package org.safar.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public agency check on the demo lists: by name (also misspelt) or licence number, the status
 * in plain words, "not found" meaning "not licensed", and a report that lands in the MRC's inbox as
 * a grievance.
 */
@SafarIntegrationTest
class AgencyCheckTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StaffClient visitor() {
    return new StaffClient(port);
  }

  @Test
  void aVisitorFindsAnAgencyByNameEvenMisspeltAndByLicenceWrittenAnyWay() {
    String byName = visitor().get("/portal/agencies?q=padma+overseas&lang=en").body();
    assertThat(byName).contains("Padma Overseas Recruiting").contains("Licensed");
    assertThat(byName).contains("The agency is licensed until 2027-06-30.");

    String misspelt = visitor().get("/portal/agencies?q=Meghana+Manpowr&lang=en").body();
    assertThat(misspelt).contains("Meghna Manpower Services");

    String byLicence = visitor().get("/portal/agencies?q=rl+0954&lang=en").body();
    assertThat(byLicence)
        .contains("Sonar Bangla Travels and Recruiting")
        .contains("Licence cancelled")
        .contains("Do not pay this agency");

    String inPakistan = visitor().get("/portal/agencies?q=overseas&country=PK&lang=en").body();
    assertThat(inPakistan)
        .contains("Ravi Overseas Employment Promoters")
        .doesNotContain("Padma Overseas Recruiting");
  }

  @Test
  void anAgencyNotOnTheListIsSaidToBeNotLicensed() {
    String page = visitor().get("/portal/agencies?q=Golden+Visa+Express&lang=en").body();
    assertThat(page)
        .contains("No agency on the official list matches")
        .contains("An agency that is not on the official list is not licensed")
        .contains("id=\"report-unknown\"");
  }

  @Test
  void theAgencyPageSaysWhatToDoAndWhereToCallInTheVisitorsLanguage() {
    long id = agency("RL-0954");
    String page = visitor().get("/portal/agencies/" + id + "?lang=fa-AF").body();
    assertThat(page).contains("dir=\"rtl\"").contains("جواز لغو شده").contains("MRC Dhaka");
    assertThat(page).contains("+880 2 000 0000").contains("Bureau of Manpower");
    String bengali = visitor().get("/portal/agencies/" + id + "?lang=bn").body();
    assertThat(bengali).contains("লাইসেন্স বাতিল");
  }

  @Test
  void aReportBecomesAGrievanceInTheMrcInboxWithAReference() {
    long agencyId = agency("RL-0954");
    long dhaka = mrc("MRC-DHAKA");
    StaffClient visitor = visitor();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("agency", "Sonar Bangla Travels and Recruiting (RL-0954)");
    form.put("agencyId", Long.toString(agencyId));
    form.put("whatHappened", "They took 300000 taka and my passport, then stopped answering.");
    form.put("mrcId", Long.toString(dhaka));
    form.put("contactPhone", "+880 1711 000000");
    form.put("website", "");
    HttpResponse<String> sent =
        visitor.postForm(
            "/portal/agencies/report?agency=" + agencyId + "&lang=en",
            "/portal/agencies/report",
            form);
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("Your reference number:");
    assertThat(sent.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION"));
    String reference = sent.body().replaceAll("(?s).*Your reference number: (\\d+).*", "$1");
    long inquiry = Long.parseLong(reference);

    Map<String, Object> row =
        jdbc.sql("select mrc_id, channel, grievance, question from inquiry where id = ?")
            .param(inquiry)
            .query()
            .singleRow();
    assertThat(row.get("mrc_id")).isEqualTo(dhaka);
    assertThat(row.get("channel")).isEqualTo("PORTAL");
    assertThat(row.get("grievance")).isEqualTo(true);
    assertThat((String) row.get("question")).contains("RL-0954").contains("passport");

    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    String inbox = counsellor.get("/counselling/inquiries?q=stopped+answering").body();
    assertThat(inbox).contains("class=\"badge grievance\"").contains("Grievance");
    assertThat(counsellor.get("/counselling/inquiries/" + inquiry).body())
        .contains("id=\"grievance\"");
  }

  @Test
  void emptyAndOverlongFieldsAreRefusedInThePageLanguage() {
    StaffClient visitor = visitor();
    long before = count();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("agency", "x".repeat(301));
    form.put("whatHappened", "   ");
    form.put("mrcId", "");
    HttpResponse<String> refused =
        visitor.postForm("/portal/agencies/report?lang=ru", "/portal/agencies/report", form);
    assertThat(refused.body())
        .contains("Исправьте отмеченные поля")
        .contains("Не больше 300 символов.")
        .contains("Заполните это поле.")
        .contains("Выберите Центр ресурсов для мигрантов.");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anAgencyNameCannotRunScript() {
    StaffClient editor = StaffClient.signedIn(port, "editor", "safar-demo-2026");
    String csv =
        AgencyImportTests.HEADER
            + "IQ-666,\"<script>alert(1)</script> Evil <img src=x onerror=alert(2)>\",,banned,,\n";
    HttpResponse<String> preview =
        AgencyImportTests.upload(
            editor, "IQ", "xss.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(preview.body()).doesNotContain("<script>alert(1)");
    String path = preview.uri().getPath();
    String added = preview.body().replaceAll("(?s).*?(\\d+) new,.*", "$1");
    String changed = preview.body().replaceAll("(?s).*? new, (\\d+) changed,.*", "$1");
    String removed = preview.body().replaceAll("(?s).*? changed, (\\d+) no longer.*", "$1");
    editor.postForm(path, path, Map.of("added", added, "changed", changed, "removed", removed));
    String page = visitor().get("/portal/agencies?q=evil&lang=en").body();
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Evil");
    assertThat(page).doesNotContain("<script>").doesNotContain("<img src=x");
  }

  long count() {
    return jdbc.sql("select count(*) from inquiry").query(Long.class).single();
  }

  long agency(String licence) {
    return jdbc.sql("select id from agency where licence_number = ?")
        .param(licence)
        .query(Long.class)
        .single();
  }

  long mrc(String code) {
    return jdbc.sql("select id from org_unit where code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }
}
