package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.counselling.Clients;
import org.safar.counselling.CounsellingSessions;
import org.safar.identity.Accounts;
import org.safar.orgunits.OrgUnitDraft;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.safar.training.ParticipantDraft;
import org.safar.training.ParticipantSex;
import org.safar.training.Participation;
import org.safar.training.TrainingDraft;
import org.safar.training.TrainingKind;
import org.safar.training.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public programme view shows a sum (knowledge gain in points) with its decimals, and hides a
 * sum over fewer than 5 records like a small count.
 */
@SafarIntegrationTest
class PublicResultsSumTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired OrgUnits orgUnits;
  @Autowired Portfolio portfolio;
  @Autowired ResultsFrameworks frameworks;
  @Autowired Clients clients;
  @Autowired CounsellingSessions sessions;
  @Autowired Trainings trainings;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    ResultsFixture.signOut();
  }

  @Test
  void aSumKeepsItsDecimalsAndASumOverFewRecordsIsHidden() {
    var fixture =
        new ResultsFixture(accounts, orgUnits, portfolio, frameworks, clients, sessions, jdbc);
    fixture.signInAs("admin");
    String code = "SUMS-" + (System.nanoTime() % 1_000_000_000L);
    // a unit of its own, so that only this test's trainings count
    var country =
        jdbc.sql("select id, country_code from org_unit where kind = 'COUNTRY' order by id limit 1")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .single();
    long unit =
        orgUnits
            .create(
                new OrgUnitDraft(
                    (Long) country[0],
                    OrgUnitKind.INSTITUTION,
                    code,
                    "Sums institution " + code,
                    (String) country[1],
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    true),
                orgUnits.currentScope())
            .id();
    fixture.signInAs("mande");
    ResultsFramework f =
        fixture.project(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), unit, List.of(unit));
    fixture.signInAs("manager");
    // five women with a gain of 12.5 points each (a training), two with 10.25 (of trainers)
    training(unit, f.programmeId(), TrainingKind.TRAINING, 5, "10.00", "22.50");
    training(unit, f.programmeId(), TrainingKind.TRAINING_OF_TRAINERS, 2, "50.00", "60.25");
    fixture.signInAs("mande");
    long output = fixture.output(f);
    frameworks.define(gain(f, output, "G1", "Knowledge gain " + code, "TRAINING"));
    frameworks.define(gain(f, output, "G2", "Trainers gain " + code, "TRAINING_OF_TRAINERS"));
    ResultsFixture.signOut();

    String page = new StaffClient(port).get("/portal/results/MIGRATION-MPTF").body();
    String trained = section(page, "Knowledge gain " + code);
    assertThat(trained).contains("<td>62.5</td>").contains("A sum over fewer than 5 records");
    String trainers = section(page, "Trainers gain " + code);
    assertThat(trainers).contains("hidden").doesNotContain("20.5");
  }

  private static String section(String page, String title) {
    int start = page.indexOf(title);
    assertThat(start).as(title).isPositive();
    int end = page.indexOf("<h2", start);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  private void training(
      long unit, long project, TrainingKind kind, int people, String pre, String post) {
    long id =
        trainings.record(
            new TrainingDraft(
                unit,
                project,
                null,
                kind,
                kind + " sums",
                "Dushanbe",
                LocalDate.of(2024, 5, 6),
                LocalDate.of(2024, 5, 7),
                Participation.PERSONS,
                null,
                null,
                null,
                null,
                List.of()));
    for (int k = 0; k < people; k++) {
      trainings.addParticipant(
          id,
          new ParticipantDraft(
              "Participant " + k + " " + System.nanoTime(),
              "Ministry",
              ParticipantSex.FEMALE,
              null,
              new BigDecimal(pre),
              new BigDecimal(post)));
    }
  }

  private static Indicator gain(
      ResultsFramework f, long output, String code, String title, String kind) {
    return new Indicator(
        null,
        f.id(),
        output,
        code,
        title,
        "TRAINING_PARTICIPANTS",
        Measure.SUM,
        Unit.NUMBER,
        true,
        Filters.parse(List.of("kind:" + kind), "filters"),
        Filters.NONE,
        Filters.NONE,
        Filters.NONE,
        false,
        List.of(Dimension.SEX),
        null,
        null,
        0);
  }
}
