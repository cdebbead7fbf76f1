package org.safar.agencies;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing an official list: a good list is previewed then applied whole; a list with any wrong
 * row, wrong columns or a wrong encoding is refused whole with the row and the reason.
 */
@SafarIntegrationTest
class AgencyImportTests {

  static final String HEADER = "licence_number,name,address,status,valid_from,valid_until\n";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StaffClient editor() {
    return StaffClient.signedIn(port, "editor", "safar-demo-2026");
  }

  /** Uploads a list; the preview page (after the redirect), or the form with its problem. */
  static HttpResponse<String> upload(StaffClient c, String country, String name, byte[] file) {
    HttpResponse<String> r =
        c.postFile(
            "/agencies/import",
            "/agencies/import",
            Map.of("country", country, "source", "Bureau of Test Lists", "listDate", "2026-03-01"),
            "file",
            name,
            file);
    String location = StaffClient.location(r);
    return location == null ? r : c.get(location);
  }

  long agencies(String country) {
    return jdbc.sql("select count(*) from agency where country_code = ?")
        .param(country)
        .query(Long.class)
        .single();
  }

  long lists(String country) {
    return jdbc.sql("select count(*) from agency_list where country_code = ?")
        .param(country)
        .query(Long.class)
        .single();
  }

  @Test
  void aGoodListIsPreviewedThenAppliedWithHistoryAndALaterListUnlistsWhatItDropped() {
    StaffClient c = editor();
    String first =
        HEADER
            + "IQ-001,Tigris Manpower Services,\"Karrada, Baghdad\",valid,2025-01-01,2027-12-31\n"
            + "IQ-002,Euphrates Overseas Jobs,Baghdad,suspended,01.02.2024,31.01.2026\n"
            + "IQ-003,Babylon Work Abroad,,valid,,\n";
    HttpResponse<String> preview = upload(c, "IQ", "iraq.csv", first.getBytes(UTF_8));
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body())
        .contains("3 new, 0 changed, 0 no longer listed")
        .contains("Tigris Manpower Services")
        .contains("id=\"apply\"");
    assertThat(agencies("IQ")).as("nothing is saved by the preview").isZero();

    String path = previewPath(preview);
    HttpResponse<String> applied =
        c.postForm(path, path, Map.of("added", "3", "changed", "0", "removed", "0"));
    assertThat(StaffClient.location(applied)).isEqualTo("/agencies");
    assertThat(agencies("IQ")).isEqualTo(3);

    // the next list changes one status, drops one and adds one
    String second =
        HEADER
            + "IQ-001,Tigris Manpower Services,\"Karrada, Baghdad\",cancelled,2025-01-01,2027-12-31\n"
            + "IQ 002,Euphrates Overseas Jobs,Baghdad,suspended,2024-02-01,2026-01-31\n"
            + "IQ-004,Mesopotamia Careers,Basra,valid,2026-01-01,2028-01-01\n";
    preview = upload(c, "IQ", "iraq-2.csv", second.getBytes(UTF_8));
    assertThat(preview.body())
        .contains("1 new, 2 changed, 1 no longer listed, 0 unchanged")
        .contains("Babylon Work Abroad");
    assertThat(preview.body()).contains("<del>Valid</del>").contains("<ins>Cancelled</ins>");
    path = previewPath(preview);
    c.postForm(path, path, Map.of("added", "1", "changed", "2", "removed", "1"));

    assertThat(status("IQ-001")).isEqualTo("CANCELLED");
    assertThat(status("IQ-003")).isEqualTo("NOT_LISTED");
    assertThat(lists("IQ")).isEqualTo(2);
    long tigris =
        jdbc.sql("select id from agency where licence_number = 'IQ-001'")
            .query(Long.class)
            .single();
    String page = c.get("/agencies/" + tigris).body();
    assertThat(page).contains("Status history").contains("Bureau of Test Lists");
    assertThat(
            jdbc.sql("select count(*) from agency_status_change where agency_id = ?")
                .param(tigris)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    // the staged upload is gone once applied
    assertThat(c.get(path).statusCode()).isEqualTo(404);
  }

  String status(String licence) {
    return jdbc.sql("select status from agency where licence_number = ?")
        .param(licence)
        .query(String.class)
        .single();
  }

  static String previewPath(HttpResponse<String> preview) {
    return preview.uri().getPath();
  }

  @Test
  void wrongColumnsAreRefusedByName() {
    StaffClient c = editor();
    long before = agencies("IQ");
    String csv = "licence,agency_title,state\nX-1,Somebody,valid\n";
    HttpResponse<String> preview = upload(c, "IQ", "wrong.csv", csv.getBytes(UTF_8));
    assertThat(preview.body())
        .contains("Unknown column &quot;agency_title&quot;")
        .contains("The column name is missing")
        .contains("The column status is missing")
        .doesNotContain("id=\"apply\"");
    assertThat(agencies("IQ")).isEqualTo(before);
  }

  @Test
  void aBadDateADuplicateLicenceAndAnUnknownStatusAreReportedByRowAndNothingIsImported() {
    StaffClient c = editor();
    long before = agencies("IQ");
    long listsBefore = lists("IQ");
    String csv =
        HEADER
            + "IQ-101,Good Row Agency,,valid,2025-01-01,2026-01-01\n"
            + "IQ-102,Bad Date Agency,,valid,2025-13-45,\n"
            + "iq 101,Copy Of Row Two,,valid,,\n"
            + "IQ-103,Odd Status Agency,,closed,,\n";
    HttpResponse<String> preview = upload(c, "IQ", "bad.csv", csv.getBytes(UTF_8));
    String body = preview.body();
    assertThat(body).contains("Nothing can be imported: the file has 3 problem(s)");
    assertThat(body).contains("&quot;2025-13-45&quot; is not a date");
    assertThat(body).contains("The licence number iq 101 is already on row 2");
    assertThat(body).contains("Unknown status &quot;closed&quot;");
    assertThat(body).doesNotContain("id=\"apply\"");

    // the errors as a CSV file, row by row
    String path = previewPath(preview);
    HttpResponse<byte[]> report = c.download(path + "/errors.csv");
    String csvReport = new String(report.body(), UTF_8);
    assertThat(report.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csvReport).contains("3,valid_from,").contains("4,licence_number,");

    // confirming anyway imports nothing
    HttpResponse<String> forced = c.postRaw(path, path, "added=1&changed=0&removed=0");
    assertThat(forced.body()).contains("The list has problems, so nothing was imported");
    assertThat(agencies("IQ")).isEqualTo(before);
    assertThat(lists("IQ")).isEqualTo(listsBefore);
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedSayingSo() {
    StaffClient c = editor();
    long before = agencies("IQ");
    String csv = HEADER + "IQ-201,Agence Séparée,,valid,,\n";
    HttpResponse<String> preview = upload(c, "IQ", "latin1.csv", csv.getBytes(ISO_8859_1));
    assertThat(preview.body()).contains("The file is not in UTF-8").doesNotContain("id=\"apply\"");
    assertThat(agencies("IQ")).isEqualTo(before);
  }

  @Test
  void onlyEditorsImportAndOnlyForCountriesInTheirScope() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    assertThat(counsellor.get("/agencies/import").statusCode()).isEqualTo(403);
    assertThat(counsellor.get("/agencies").statusCode()).isEqualTo(200);

    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", "safar-demo-2026");
    String form = coordinator.get("/agencies/import").body();
    assertThat(form).contains("value=\"BD\"").doesNotContain("value=\"IQ\"");
    HttpResponse<String> refused =
        upload(coordinator, "IQ", "x.csv", (HEADER + "Q-1,Q,,valid,,\n").getBytes(UTF_8));
    assertThat(refused.statusCode()).isEqualTo(403);

    // someone else's upload is not found
    HttpResponse<String> mine =
        upload(coordinator, "BD", "bd.csv", (HEADER + "BD-9,Nine,,valid,,\n").getBytes(UTF_8));
    assertThat(editor().get(previewPath(mine)).statusCode()).isEqualTo(404);
  }
}
