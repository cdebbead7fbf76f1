package org.safar.counselling;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.counselling.SurveyFixtures.as;
import static org.safar.counselling.SurveyFixtures.confirm;
import static org.safar.counselling.SurveyFixtures.count;
import static org.safar.counselling.SurveyFixtures.previewPath;
import static org.safar.counselling.SurveyFixtures.sessionWithFollowUp;
import static org.safar.counselling.SurveyFixtures.upload;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A follow-up survey file with anything wrong is refused whole, with the row, the column and the
 * reason, and writes nothing; clients outside the importer's scope are unknown to the import.
 */
@SafarIntegrationTest
class FollowUpSurveyRefusalTests {

  static final String HEADER =
      "_uuid,client_ref,followup_date,reached,outcome,intention,likelihood\n";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrgUnits orgUnits;

  long mrc(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  static String row(String id, Object client, String date, String reached, String rest) {
    return id + "," + client + "," + date + "," + reached + "," + rest + "\n";
  }

  long followUpsDone(long client) {
    return count(
        jdbc, "select count(*) from follow_up where client_id = ? and status = 'DONE'", client);
  }

  long uploadsKept() {
    return count(jdbc, "select count(*) from follow_up_upload");
  }

  @Test
  void anUnknownColumnRefusesTheWholeFileNamingIt() {
    StaffClient c = as(port, "counsellor.dhaka");
    long client = DeskFixtures.client(c, mrc("MRC-DHAKA"), "Survey Column " + System.nanoTime());
    long kept = uploadsKept();
    String file =
        "_uuid,_submission_time,group_followup/client_ref,followup_date,reached,outcome,"
            + "intention,likelihood,group_followup/phone_number\n"
            + "a1,2026-01-01,"
            + client
            + ","
            + LocalDate.now().minusDays(2)
            + ",yes,,regular,3,+880100\n";
    HttpResponse<String> r = upload(c, "extra.csv", file.getBytes(UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("id=\"upload-problem\"")
        .contains("Unknown column “group_followup/phone_number”")
        .contains("Nothing was imported");
    assertThat(uploadsKept()).as("a refused file is not kept").isEqualTo(kept);
    assertThat(count(jdbc, "select count(*) from follow_up where client_id = ?", client)).isZero();
  }

  @Test
  void aBadOrFutureDateInOneRowKeepsEveryRowOut() {
    StaffClient c = as(port, "counsellor.dhaka");
    long dhaka = mrc("MRC-DHAKA");
    long good = DeskFixtures.client(c, dhaka, "Survey Good Row " + System.nanoTime());
    sessionWithFollowUp(c, good, LocalDate.now().minusDays(3));
    long bad = DeskFixtures.client(c, dhaka, "Survey Bad Row " + System.nanoTime());
    String file =
        HEADER
            + row("g-" + good, good, LocalDate.now().minusDays(1).toString(), "yes", ",regular,4")
            + row("b-" + bad, bad, "04/03/2026", "yes", ",regular,4")
            + row("f-" + bad, bad, LocalDate.now().plusDays(5).toString(), "no", ",,")
            + row("x-" + bad, bad, LocalDate.now().toString(), "maybe", ",later,9")
            + row("g-" + good, good, LocalDate.now().toString(), "no", ",,");
    HttpResponse<String> preview = upload(c, "dates.csv", file.getBytes(UTF_8));
    assertThat(preview.body())
        .contains("“04/03/2026” is not a date")
        .contains("is in the future")
        .contains("“maybe” is neither yes nor no")
        .contains("“later” is not an intention")
        .contains("“9” is not a likelihood")
        .contains("The same submission is in row 2 already")
        .contains("id=\"errors-csv\"")
        .doesNotContain("id=\"confirm\"");
    String path = previewPath(preview);
    HttpResponse<byte[]> report = c.download(path + "/errors.csv");
    assertThat(new String(report.body(), UTF_8))
        .contains("Row,Column,Value,Reason")
        .contains("3,followup_date,04/03/2026,");

    // confirming anyway (a forged request) is refused and writes nothing
    HttpResponse<String> forced = confirm(c, path, 1, 0, 0);
    assertThat(forced.body()).contains("The file has problems; nothing was imported.");
    assertThat(followUpsDone(good)).isZero();
    assertThat(count(jdbc, "select count(*) from follow_up where client_id = ?", bad)).isZero();
    assertThat(
            count(
                jdbc,
                "select count(*) from follow_up_submission where submission_id like ?",
                "%-" + good))
        .isZero();
  }

  @Test
  void clientsOutsideTheScopeAreUnknownAndAnotherMrcsCounsellorCannotImportIntoThem() {
    StaffClient kabul = as(port, "counsellor.kabul");
    long kabulClient = DeskFixtures.client(kabul, mrc("MRC-KABUL"), "Kabul " + System.nanoTime());
    sessionWithFollowUp(kabul, kabulClient, LocalDate.now().minusDays(2));
    StaffClient dhaka = as(port, "counsellor.dhaka");
    long nobody = count(jdbc, "select max(id) + 1000 from client");
    String day = LocalDate.now().minusDays(1).toString();
    String file =
        HEADER
            + row("k-" + kabulClient, kabulClient, day, "yes", "Talked,regular,5")
            + row("n-" + nobody, nobody, day, "no", ",,");
    long denied =
        count(
            jdbc,
            "select count(*) from audit_event where action = 'ACCESS_DENIED'"
                + " and subject_type = 'client' and subject_id = ?",
            Long.toString(kabulClient));
    HttpResponse<String> preview = upload(dhaka, "other-mrc.csv", file.getBytes(UTF_8));
    assertThat(preview.body())
        .contains("Unknown client " + kabulClient + ": no such client is among those you may see")
        .contains("Unknown client " + nobody + ": no such client")
        .doesNotContain("id=\"confirm\"");
    assertThat(
            count(
                jdbc,
                "select count(*) from audit_event where action = 'ACCESS_DENIED'"
                    + " and subject_type = 'client' and subject_id = ?",
                Long.toString(kabulClient)))
        .as("the attempt is audited")
        .isEqualTo(denied + 1);
    String path = previewPath(preview);
    confirm(dhaka, path, 1, 0, 0);
    assertThat(followUpsDone(kabulClient)).isZero();
    // the upload is bound to the account that made it
    assertThat(kabul.get(path).statusCode()).isEqualTo(404);
    // Kabul's own counsellor imports the same row
    HttpResponse<String> own =
        upload(
            kabul,
            "kabul.csv",
            (HEADER + row("k-" + kabulClient, kabulClient, day, "yes", "Talked,regular,5"))
                .getBytes(UTF_8));
    assertThat(own.body()).contains("1 close a follow-up that was due");
    confirm(kabul, previewPath(own), 1, 0, 0);
    assertThat(followUpsDone(kabulClient)).isEqualTo(1);
  }

  @Test
  void aFileThatIsNotUtf8IsEmptyLacksAColumnOrRepeatsOneIsRefusedWithItsReason() {
    StaffClient c = as(port, "counsellor.dhaka");
    long client = DeskFixtures.client(c, mrc("MRC-DHAKA"), "Survey Encoding " + System.nanoTime());
    String day = LocalDate.now().minusDays(1).toString();
    byte[] latin1 =
        (HEADER + row("e-" + client, client, day, "yes", "Rencontré à Dhaka,regular,3"))
            .getBytes(ISO_8859_1);
    assertThat(upload(c, "latin1.csv", latin1).body()).contains("The file is not UTF-8 text");
    assertThat(upload(c, "empty.csv", new byte[0]).body()).contains("The file is empty.");
    assertThat(upload(c, "header.csv", HEADER.getBytes(UTF_8)).body())
        .contains("The file has a header but no submissions.");
    assertThat(
            upload(
                    c,
                    "no-reached.csv",
                    ("_uuid,client_ref,followup_date,intention,likelihood\nz,"
                            + client
                            + ","
                            + day
                            + ",regular,3\n")
                        .getBytes(UTF_8))
                .body())
        .contains("The column “reached” is missing.");
    assertThat(
            upload(
                    c,
                    "no-id.csv",
                    ("client_ref,followup_date,reached,intention,likelihood\n"
                            + client
                            + ","
                            + day
                            + ",no,,\n")
                        .getBytes(UTF_8))
                .body())
        .contains("The column “_uuid / meta-instanceID / KEY” is missing.");
    assertThat(
            upload(
                    c,
                    "twice.csv",
                    ("_uuid,client_ref,reached,followup_date,reached,intention,likelihood\n")
                        .getBytes(UTF_8))
                .body())
        .contains("The column “reached” appears twice.");
    assertThat(count(jdbc, "select count(*) from follow_up where client_id = ?", client)).isZero();
  }
}
