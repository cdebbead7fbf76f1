package org.safar.training;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.training.TrainingFixtures.PASSWORD;
import static org.safar.training.TrainingFixtures.count;
import static org.safar.training.TrainingFixtures.persons;
import static org.safar.training.TrainingFixtures.trainingId;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing participants: all or nothing, with a report of the rows to fix. */
@SafarIntegrationTest
class ParticipantImportTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StaffClient manager() {
    return StaffClient.signedIn(port, "manager", PASSWORD);
  }

  /** Uploads the file; the import's page once it has finished. */
  static String importFile(StaffClient who, long training, String name, byte[] content) {
    String path = "/trainings/" + training + "/participants/import";
    HttpResponse<String> r = who.postFile(path, path, "file", name, content);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String job = StaffClient.location(r);
    assertThat(job).startsWith("/trainings/imports/");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      String page = who.get(job).body();
      if (page.matches("(?s).*data-state=\"(DONE|REJECTED|REFUSED)\".*")) {
        return job + "\n" + page;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the import did not finish: " + job);
  }

  long participants(long training) {
    return count(jdbc, "select count(*) from training_participant where training_id = ?", training);
  }

  @Test
  void aGoodFileIsImportedWholeInOneGo() {
    StaffClient manager = manager();
    long id = persons(manager, jdbc, "Import good file");
    StringBuilder csv =
        new StringBuilder("\uFEFFName;Sex;Institution;Position;Pre-test;Post-test\n");
    for (int i = 0; i < 1500; i++) {
      csv.append("Person ")
          .append(i)
          .append(';')
          .append(i % 2 == 0 ? "F" : "male")
          .append(";\"Border Service; Khujand\";Officer;")
          .append(i % 3 == 0 ? "" : "40")
          .append(';')
          .append(i % 3 == 0 ? "" : "65,5")
          .append('\n');
    }
    csv.append(";;;;;\n");
    String page = importFile(manager, id, "people.csv", csv.toString().getBytes(UTF_8));
    assertThat(page).contains("data-state=\"DONE\"").contains("1,500 participants were imported.");
    assertThat(participants(id)).isEqualTo(1500);
    assertThat(
            count(
                jdbc,
                "select count(*) from training_participant where training_id = ?"
                    + " and institution = 'Border Service; Khujand' and post_score = 65.5",
                id))
        .isEqualTo(1000);
    assertThat(manager.get("/trainings/" + id).body()).contains("25.5 points");
    assertThat(
            count(
                jdbc,
                "select count(*) from audit_event where action = 'PARTICIPANTS_IMPORTED'"
                    + " and subject_id = ?",
                Long.toString(id)))
        .isEqualTo(1);
    // the same people again: every row is already recorded, so nothing more is imported
    String again = importFile(manager, id, "people.csv", csv.toString().getBytes(UTF_8));
    assertThat(again).contains("data-state=\"REJECTED\"").contains("1,500 problems");
    assertThat(participants(id)).isEqualTo(1500);
  }

  @Test
  void badRowsImportNothingAndTheReportNamesEachOne() {
    StaffClient manager = manager();
    long id = persons(manager, jdbc, "Import bad rows");
    String csv =
        "name,sex,institution,pre_score,post_score\n"
            + "Good Person,F,Ministry,40,60\n"
            + "No Pretest,M,Ministry,,75\n"
            + "Bad Sex,woman,Ministry,10,20\n"
            + "Too High,F,Ministry,50,120\n"
            + ",M,Ministry,,\n"
            + "Good Person,F,ministry,,\n"
            + "Short Row,F\n"
            + "Not Number,M,Ministry,abc,\n";
    String result = importFile(manager, id, "bad.csv", csv.getBytes(UTF_8));
    assertThat(result)
        .contains("data-state=\"REJECTED\"")
        .contains("7 problems were found, so nothing was imported")
        .contains("A post-test score needs a pre-test score");
    assertThat(participants(id)).isZero();
    String job = result.lines().findFirst().orElseThrow();
    String report = manager.get(job + "/problems.csv").body();
    assertThat(report)
        .startsWith("\uFEFFRow,Column,Problem,Value found")
        .contains("3,post_score,A post-test score needs a pre-test score")
        .contains("4,sex,\"Unknown value")
        .contains("5,post_score,\"A test score is a number from 0 to 100")
        .contains("6,name,Give the participant's name.")
        .contains("7,name,The same person (name and institution) as row 2.")
        .contains("8,,\"This row has 2 cells, but the first row names 5 columns.")
        .contains("9,pre_score,Not a number");
    assertThat(manager.get(job + "/problems.csv?lang=ru").body()).contains("Строка,Столбец");
    // someone else cannot see the job
    StaffClient other = StaffClient.signedIn(port, "admin", PASSWORD);
    assertThat(other.get(job).statusCode()).isEqualTo(404);
    assertThat(other.get(job + "/problems.csv").statusCode()).isEqualTo(404);
  }

  @Test
  void wrongColumnsAreNamed() {
    StaffClient manager = manager();
    long id = persons(manager, jdbc, "Import wrong columns");
    String unknown =
        importFile(manager, id, "a.csv", "name,sex,birthday\nA,F,1990\n".getBytes(UTF_8));
    assertThat(unknown)
        .contains("data-state=\"REFUSED\"")
        .contains("Unknown column &quot;birthday&quot;");
    String missing = importFile(manager, id, "b.csv", "name,institution\nA,B\n".getBytes(UTF_8));
    assertThat(missing).contains("The column &quot;sex&quot; is missing");
    String empty = importFile(manager, id, "c.csv", "name,sex\n".getBytes(UTF_8));
    assertThat(empty).contains("The file holds no participants.");
    assertThat(participants(id)).isZero();
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithHowToSaveIt() {
    StaffClient manager = manager();
    long id = persons(manager, jdbc, "Import wrong encoding");
    byte[] cp1251 = "name,sex\nДилноза Каримова,F\n".getBytes(Charset.forName("windows-1251"));
    assertThat(importFile(manager, id, "cp1251.csv", cp1251))
        .contains("data-state=\"REFUSED\"")
        .contains("The file is not UTF-8 text");
    byte[] utf16 = "name,sex\nA,F\n".getBytes(java.nio.charset.StandardCharsets.UTF_16);
    assertThat(importFile(manager, id, "utf16.csv", utf16)).contains("saved as UTF-16");
    byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
    assertThat(importFile(manager, id, "people.xlsx", xlsx)).contains("spreadsheet (XLSX)");
    assertThat(participants(id)).isZero();
  }

  @Test
  void importingIsForEditorsInsideTheirScope() {
    long tot = trainingId(jdbc, "Training of trainers on pre-departure orientation");
    String path = "/trainings/" + tot + "/participants/import";
    StaffClient dhaka = StaffClient.signedIn(port, "coordinator.dhaka", PASSWORD);
    assertThat(dhaka.get(path).statusCode()).isEqualTo(403);
    StaffClient viewer = StaffClient.signedIn(port, "viewer", PASSWORD);
    assertThat(viewer.get(path).statusCode()).isEqualTo(403);
    long imams = trainingId(jdbc, "Safe migration workshop for imams");
    String countsOnly = "/trainings/" + imams + "/participants/import";
    HttpResponse<String> r =
        manager()
            .postFile(countsOnly, countsOnly, "file", "a.csv", "name,sex\nA,M\n".getBytes(UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("keeps only head counts");
  }
}
