package org.safar.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.training.TrainingFixtures.PASSWORD;
import static org.safar.training.TrainingFixtures.addPerson;
import static org.safar.training.TrainingFixtures.count;
import static org.safar.training.TrainingFixtures.persons;
import static org.safar.training.TrainingFixtures.project;
import static org.safar.training.TrainingFixtures.record;
import static org.safar.training.TrainingFixtures.trainingId;
import static org.safar.training.TrainingFixtures.unit;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules of trainings: knowledge gain, bad input, scope, roles, the cascade and the list. */
@SafarIntegrationTest
class TrainingTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StaffClient as(String user) {
    return StaffClient.signedIn(port, user, PASSWORD);
  }

  @Test
  void theAverageGainCountsOnlyParticipantsWithBothScores() {
    StaffClient manager = as("manager");
    long id = persons(manager, jdbc, "Gain rules training");
    assertThat(addPerson(manager, id, "Aziza One", "FEMALE", "40", "70").statusCode())
        .isEqualTo(302);
    assertThat(addPerson(manager, id, "Bahrom Two", "MALE", "50", "60").statusCode())
        .isEqualTo(302);
    assertThat(addPerson(manager, id, "Chehra Three", "FEMALE", "30", "").statusCode())
        .isEqualTo(302);
    assertThat(addPerson(manager, id, "Daler Four", "MALE", "", "").statusCode()).isEqualTo(302);
    String page = manager.get("/trainings/" + id).body();
    assertThat(page)
        .contains("id=\"participant-total\">4<")
        .contains("20 points (post-test minus pre-test, over 2 participants")
        .contains("Aziza One")
        .contains("30 points");
    assertThat(manager.get("/trainings?q=Gain+rules").body()).contains("20 points");
  }

  @Test
  void aPostTestWithoutAPreTestIsRefusedAndNothingIsSaved() {
    StaffClient manager = as("manager");
    long id = persons(manager, jdbc, "Post without pre training");
    HttpResponse<String> r = addPerson(manager, id, "Erkin Five", "MALE", "", "80");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("A post-test score needs a pre-test score")
        .contains("value=\"Erkin Five\"");
    HttpResponse<String> high = addPerson(manager, id, "Erkin Five", "MALE", "20", "120");
    assertThat(high.body()).contains("a number from 0 to 100");
    HttpResponse<String> word = addPerson(manager, id, "Erkin Five", "MALE", "twenty", "");
    assertThat(word.body()).contains("a number from 0 to 100");
    assertThat(count(jdbc, "select count(*) from training_participant where training_id = ?", id))
        .isZero();
    assertThat(addPerson(manager, id, "Erkin Five", "MALE", "20", "").statusCode()).isEqualTo(302);
    HttpResponse<String> twice = addPerson(manager, id, "erkin five", "MALE", "", "");
    assertThat(twice.body()).contains("already a participant");
  }

  @Test
  void negativeAttendanceAndBackwardDatesAreRefused() {
    StaffClient manager = as("manager");
    long before = count(jdbc, "select count(*) from training");
    long unit = unit(jdbc, "TJ-MLME");
    long project = project(jdbc, "PROTECT-MRC");
    HttpResponse<String> negative =
        record(
            manager, unit, project, "Negative attendance", "COUNTS", "&femaleCount=-3&maleCount=4");
    assertThat(negative.statusCode()).isEqualTo(200);
    assertThat(negative.body())
        .contains("Attendance cannot be negative")
        .contains("value=\"Negative attendance\"");
    HttpResponse<String> words =
        record(manager, unit, project, "Wordy attendance", "COUNTS", "&femaleCount=many");
    assertThat(words.body()).contains("A head count is a whole number");
    HttpResponse<String> dates =
        manager.postRaw(
            "/trainings/new",
            "/trainings/new",
            "orgUnitId="
                + unit
                + "&programmeId="
                + project
                + "&kind=TRAINING&title=Backwards&startsOn=2024-05-02&endsOn=2024-05-01"
                + "&participation=PERSONS");
    assertThat(dates.body()).contains("cannot end before it starts");
    assertThat(count(jdbc, "select count(*) from training")).isEqualTo(before);

    HttpResponse<String> counted =
        record(
            manager, unit, project, "Counted attendance", "COUNTS", "&femaleCount=7&maleCount=5");
    long id = TrainingFixtures.idFrom(counted);
    assertThat(manager.get("/trainings/" + id).body()).contains("id=\"participant-total\">12<");
    HttpResponse<String> person = addPerson(manager, id, "Not kept", "FEMALE", "", "");
    assertThat(person.body()).contains("keeps only head counts");
  }

  @Test
  void outsideTheScopeIsRefusedAndAudited() {
    long tot = trainingId(jdbc, "Training of trainers on pre-departure orientation");
    StaffClient dhaka = as("coordinator.dhaka");
    long denied = count(jdbc, "select count(*) from audit_event where action = 'ACCESS_DENIED'");
    assertThat(dhaka.get("/trainings/" + tot).statusCode()).isEqualTo(403);
    assertThat(dhaka.get("/trainings/" + tot + "/participants.csv").statusCode()).isEqualTo(403);
    assertThat(dhaka.get("/trainings/" + tot + "/participants/import").statusCode()).isEqualTo(403);
    assertThat(count(jdbc, "select count(*) from audit_event where action = 'ACCESS_DENIED'"))
        .isGreaterThan(denied);
    assertThat(dhaka.get("/trainings").body())
        .contains("Safe migration workshop for imams")
        .doesNotContain("pre-departure orientation</a>");
    HttpResponse<String> elsewhere =
        record(
            dhaka,
            unit(jdbc, "TJ-MLME"),
            project(jdbc, "PROTECT-MRC"),
            "Outside Dhaka",
            "PERSONS",
            "");
    assertThat(elsewhere.statusCode()).isEqualTo(200);
    assertThat(elsewhere.body()).contains("Choose one of your org units");
    // a coordinator records trainings of their own MRC
    HttpResponse<String> own =
        record(
            dhaka,
            unit(jdbc, "MRC-DHAKA"),
            project(jdbc, "IMM-FLAGSHIPS"),
            "Dhaka coordinators' own training",
            "PERSONS",
            "");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(302);

    assertThat(as("counsellor.dhaka").get("/trainings").statusCode()).isEqualTo(403);
    StaffClient viewer = as("viewer");
    String page = viewer.get("/trainings/" + tot).body();
    assertThat(page).contains("id=\"participant-total\">4<").doesNotContain("Nigora Ismoilova");
    assertThat(viewer.get("/trainings/" + tot + "/participants.csv").statusCode()).isEqualTo(403);
    assertThat(viewer.get("/trainings/new").statusCode()).isEqualTo(403);
    assertThat(as("mande").get("/trainings/" + tot).body()).contains("Nigora Ismoilova");
  }

  @Test
  void aTrainingOfTrainersShowsTheCascadeTwoStepsDown() {
    long tot = trainingId(jdbc, "Training of trainers on pre-departure orientation");
    String page = as("manager").get("/trainings/" + tot).body();
    assertThat(page)
        .contains("id=\"cascade-table\"")
        .contains("Pre-departure orientation for departing workers, Khatlon")
        .contains("Training of trainers for district labour offices")
        .contains("Safe migration session for families, Vose district")
        .contains("trainings delivered down the cascade, with 90 participants in all.");
    long village = trainingId(jdbc, "Safe migration session for families, Vose district");
    assertThat(as("manager").get("/trainings/" + village).body())
        .contains("Mehrangez Odinaeva")
        .contains("Training of trainers for district labour offices");
  }

  @Test
  void onlyATraineeOfAnEarlierTrainingOfTrainersCanBeATrainer() {
    StaffClient manager = as("manager");
    long id = persons(manager, jdbc, "Trainer rules training");
    long monthly = trainingId(jdbc, "Migration Service monthly training: January 2023");
    long notTrainee =
        jdbc.sql("select min(id) from training_participant where training_id = ?")
            .param(monthly)
            .query(Long.class)
            .single();
    manager.postRaw(
        "/trainings/" + id, "/trainings/" + id + "/trainers", "participantId=" + notTrainee);
    assertThat(count(jdbc, "select count(*) from training_trainer where training_id = ?", id))
        .isZero();
    assertThat(manager.get("/trainings/" + id + "?trainer=Nigora").body())
        .contains("id=\"trainer-candidates\"")
        .contains("Nigora Ismoilova");
    long trainee =
        jdbc.sql("select id from training_participant where full_name = 'Nigora Ismoilova'")
            .query(Long.class)
            .single();
    manager.postRaw(
        "/trainings/" + id, "/trainings/" + id + "/trainers", "participantId=" + trainee);
    assertThat(count(jdbc, "select count(*) from training_trainer where training_id = ?", id))
        .isEqualTo(1);
  }

  @Test
  void theListFiltersByProjectAndKindAndExportsWhatItShows() {
    StaffClient manager = as("manager");
    long khatlon = project(jdbc, "MPTF-TJ-KHATLON");
    String list = manager.get("/trainings?project=" + khatlon).body();
    assertThat(list)
        .contains("Pre-departure orientation for departing workers, Khatlon")
        .doesNotContain("Safe migration workshop for imams")
        .contains("3 found");
    assertThat(manager.get("/trainings?kind=TRAINING_OF_TRAINERS").body())
        .contains("Training of trainers for district labour offices")
        .doesNotContain("Safe migration workshop for imams");
    assertThat(manager.get("/trainings?q=zzzz-nothing").body()).contains("Nothing found");
    String csv = manager.get("/trainings/export.csv?project=" + khatlon).body();
    assertThat(csv)
        .startsWith("\uFEFFid,title,kind")
        .contains("Safe migration session for families")
        .doesNotContain("imams");
    assertThat(csv.lines().count()).isEqualTo(4);
    assertThat(manager.get("/trainings?lang=ru").body()).contains("Тренинги");
  }
}
