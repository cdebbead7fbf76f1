package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.counselling.AgeBand;
import org.safar.counselling.Clients;
import org.safar.counselling.CounsellingSessions;
import org.safar.counselling.GroupSessionDraft;
import org.safar.counselling.GroupSessionKind;
import org.safar.counselling.GroupSessions;
import org.safar.counselling.Sex;
import org.safar.identity.Accounts;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports read from monthly cells equal the same reports read from the records, before and after
 * every kind of write the cells depend on; a write is counted at once, before any rebuild.
 */
@SafarIntegrationTest
class MonthlyCellsTests {

  @Autowired Accounts accounts;
  @Autowired OrgUnits orgUnits;
  @Autowired Portfolio portfolio;
  @Autowired ResultsFrameworks frameworks;
  @Autowired Indicators indicators;
  @Autowired MonthlyCells cells;
  @Autowired PersonSets persons;
  @Autowired Clients clients;
  @Autowired CounsellingSessions sessions;
  @Autowired GroupSessions groupSessions;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  static final LocalDate START = LocalDate.of(2019, 1, 10);
  static final LocalDate END = LocalDate.of(2019, 12, 20);

  @AfterEach
  void signOut() {
    ResultsFixture.signOut();
  }

  @Test
  void cellsGiveTheRecordsFiguresAndEveryWriteCountsAtOnce() {
    ResultsFixture fixture =
        new ResultsFixture(accounts, orgUnits, portfolio, frameworks, clients, sessions, jdbc);
    fixture.signInAs("counsellor.dhaka");
    long dhaka = fixture.mrc("MRC-DHAKA");
    long amina =
        fixture.clientWithSessions(
            dhaka,
            Sex.FEMALE,
            AgeBand.AGE_18_24,
            LocalDate.of(2019, 1, 5), // before the period: never counted
            LocalDate.of(2019, 1, 12), // in the period's first, partial month
            LocalDate.of(2019, 2, 3),
            LocalDate.of(2019, 2, 20),
            LocalDate.of(2019, 5, 9));
    long karim =
        fixture.clientWithSessions(dhaka, Sex.MALE, AgeBand.AGE_25_34, LocalDate.of(2019, 3, 1));
    fixture.clientWithSessions(
        dhaka, Sex.FEMALE, null, LocalDate.of(2019, 5, 15), LocalDate.of(2019, 12, 28));
    groupSessions.record(
        new GroupSessionDraft(
            dhaka,
            GroupSessionKind.INFORMATION,
            LocalDate.of(2019, 4, 2),
            "Community hall",
            Set.of(org.safar.counselling.Topic.VISAS),
            null,
            Map.of("FEMALE/AGE_18_24", 12, "MALE/AGE_25_34", 7)));

    fixture.signInAs("mande");
    ResultsFramework f = fixture.project(START, END);
    long output = fixture.output(f);
    Filters women = new Filters(Map.of(Dimension.SEX, Set.of("FEMALE")));
    for (Indicator i :
        List.of(
            ResultsFixture.indicator(
                f, output, "SESSIONS", Measure.COUNT, Filters.NONE, Filters.NONE),
            ResultsFixture.indicator(f, output, "SESSIONS", Measure.SUM, women, Filters.NONE),
            ResultsFixture.indicator(f, output, "SESSIONS", Measure.RATIO, Filters.NONE, women),
            ResultsFixture.indicator(
                f, output, "GROUP_ATTENDANCE", Measure.COUNT, Filters.NONE, Filters.NONE),
            ResultsFixture.indicator(
                f, output, "SESSIONS", Measure.DISTINCT, Filters.NONE, Filters.NONE))) {
      frameworks.define(i);
    }
    IndicatorQuery query =
        IndicatorQuery.by(Dimension.SEX, Dimension.AGE_BAND, Dimension.MRC, Dimension.QUARTER);

    Set<String> fromRecords = report(f, query);
    assertThat(fromRecords).isNotEmpty();
    assertThat(total(f, query, "SESSIONS", Measure.COUNT)).isEqualTo(6);

    cells.buildDirtyMonths();
    assertThat(coveredMonths())
        .contains(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 1), LocalDate.of(2019, 5, 1));
    assertThat(relation(f, "SESSIONS", Measure.COUNT).sql()).contains("results_cells_session");
    assertThat(relation(f, "GROUP_ATTENDANCE", Measure.COUNT).sql())
        .contains("results_cells_group_attendance");
    assertThat(relation(f, "SESSIONS", Measure.DISTINCT).sql()).isEqualTo("results_session");
    assertThat(
            persons.canServe(
                frameworks.source("SESSIONS"),
                ResultsFixture.indicator(
                    f, 0, "SESSIONS", Measure.DISTINCT, Filters.NONE, Filters.NONE),
                query.by(),
                Filters.NONE))
        .isTrue();
    assertThat(
            jdbc.sql("select count(*) from results_persons_session where month = ?")
                .param(LocalDate.of(2019, 2, 1))
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(report(f, query)).isEqualTo(fromRecords);

    // a session in a built month counts at once, before any rebuild
    fixture.signInAs("counsellor.dhaka");
    fixture.session(karim, LocalDate.of(2019, 3, 20), org.safar.counselling.Intention.REGULAR);
    fixture.signInAs("mande");
    assertThat(coveredMonths())
        .doesNotContain(LocalDate.of(2019, 3, 1))
        .contains(LocalDate.of(2019, 2, 1));
    assertThat(total(f, query, "SESSIONS", Measure.COUNT)).isEqualTo(7);
    assertSameAfterRebuild(f, query);

    // a client's sex changes the cells of all their months
    jdbc.sql("update client set sex = 'MALE' where id = ?").param(amina).update();
    assertThat(womenSessions(f, query)).isEqualTo(1);
    assertSameAfterRebuild(f, query);

    // a protected case marks its months; a deleted session leaves them
    jdbc.sql(
            "insert into protected_case (client_id, reason, caseworker_id, marked_by, updated_by)"
                + " values (?, 'SGBV', (select id from account where username = 'caseworker.dhaka'),"
                + " 'test', 'test')")
        .param(karim)
        .update();
    assertSameAfterRebuild(f, query);
    jdbc.sql(
            "delete from intention_record where session_id in (select id from counselling_session"
                + " where client_id = ? and held_on = ?)")
        .params(amina, LocalDate.of(2019, 2, 20))
        .update();
    jdbc.sql("delete from counselling_session where client_id = ? and held_on = ?")
        .params(amina, LocalDate.of(2019, 2, 20))
        .update();
    assertThat(total(f, query, "SESSIONS", Measure.COUNT)).isEqualTo(6);
    assertSameAfterRebuild(f, query);

    // group attendance: a changed count and a moved session
    jdbc.sql(
            "update group_attendance set people = 20 where sex = 'FEMALE' and group_session_id ="
                + " (select id from group_session where held_on = ? and mrc_id = ?)")
        .params(LocalDate.of(2019, 4, 2), dhaka)
        .update();
    assertThat(total(f, query, "GROUP_ATTENDANCE", Measure.COUNT)).isEqualTo(27);
    jdbc.sql("update group_session set held_on = ? where held_on = ? and mrc_id = ?")
        .params(LocalDate.of(2020, 4, 2), LocalDate.of(2019, 4, 2), dhaka)
        .update();
    assertThat(total(f, query, "GROUP_ATTENDANCE", Measure.COUNT)).isZero();
    assertSameAfterRebuild(f, query);
  }

  @Test
  void theCurrentMonthIsCoveredThroughYesterdayAndTodayIsReadFromTheRecords() {
    LocalDate today =
        jdbc.sql("select current_date").query(java.sql.Date.class).single().toLocalDate();
    LocalDate month = today.withDayOfMonth(1);
    ResultsFixture fixture =
        new ResultsFixture(accounts, orgUnits, portfolio, frameworks, clients, sessions, jdbc);
    fixture.signInAs("counsellor.kabul");
    long client =
        fixture.clientWithSessions(
            fixture.mrc("MRC-KABUL"), Sex.MALE, AgeBand.AGE_35_49, month, today);
    fixture.signInAs("mande");
    ResultsFramework f = fixture.project(month, month.plusMonths(1).minusDays(1));
    long output = fixture.output(f);
    frameworks.define(
        ResultsFixture.indicator(f, output, "SESSIONS", Measure.COUNT, Filters.NONE, Filters.NONE));
    frameworks.define(
        ResultsFixture.indicator(
            f, output, "SESSIONS", Measure.DISTINCT, Filters.NONE, Filters.NONE));
    IndicatorQuery query = IndicatorQuery.by(Dimension.SEX, Dimension.MRC, Dimension.MONTH);
    Set<String> fromRecords = report(f, query);
    long sessionsBefore = total(f, query, "SESSIONS", Measure.COUNT);

    cells.buildDirtyMonths();
    List<MonthlyCells.Covered> covered = MonthlyCells.covered(jdbc, "SESSIONS", month, today, true);
    if (today.equals(month)) {
      // the first of a month has no day of it to build yet
      assertThat(covered).isEmpty();
      return;
    }
    assertThat(covered)
        .singleElement()
        .satisfies(c -> assertThat(c.through()).isEqualTo(today.minusDays(1)));
    assertThat(report(f, query)).isEqualTo(fromRecords);

    // today is after the covered days: counted from the records, the month stays clean
    fixture.signInAs("counsellor.kabul");
    fixture.session(client, today, org.safar.counselling.Intention.REGULAR);
    fixture.signInAs("mande");
    assertThat(MonthlyCells.covered(jdbc, "SESSIONS", month, today, true)).hasSize(1);
    assertThat(total(f, query, "SESSIONS", Measure.COUNT)).isEqualTo(sessionsBefore + 1);

    // a day already covered: the month is read from the records until it is built again
    fixture.signInAs("counsellor.kabul");
    fixture.session(client, month, org.safar.counselling.Intention.REGULAR);
    fixture.signInAs("mande");
    assertThat(MonthlyCells.covered(jdbc, "SESSIONS", month, today, true)).isEmpty();
    assertThat(total(f, query, "SESSIONS", Measure.COUNT)).isEqualTo(sessionsBefore + 2);
    assertSameAfterRebuild(f, query);
    assertThat(MonthlyCells.covered(jdbc, "SESSIONS", month, today, true)).hasSize(1);
  }

  @Test
  void aBuildWaitsForAWriterInFlightSoItsRecordIsNeverLost() throws Exception {
    ResultsFixture fixture =
        new ResultsFixture(accounts, orgUnits, portfolio, frameworks, clients, sessions, jdbc);
    fixture.signInAs("counsellor.dhaka");
    LocalDate month = LocalDate.of(2017, 3, 1);
    long client =
        fixture.clientWithSessions(
            fixture.mrc("MRC-DHAKA"), Sex.FEMALE, AgeBand.AGE_25_34, month.plusDays(4));
    ResultsFixture.signOut();
    MonthlyCells.Table table = MonthlyCells.TABLES.get("SESSIONS");
    cells.build(table, month, month.plusMonths(1).minusDays(1));
    // a second session makes the month dirty, committed: the next writer finds the mark there
    insertSession(client, month.plusDays(5));
    assertThat(coveredMonths(month)).isEmpty();

    var writing = new java.util.concurrent.CountDownLatch(1);
    var commit = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var writer =
          pool.submit(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        insertSession(client, month.plusDays(6));
                        writing.countDown();
                        await(commit);
                      }));
      assertThat(writing.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      var builder = pool.submit(() -> cells.build(table, month, month.plusMonths(1).minusDays(1)));
      Thread.sleep(300);
      assertThat(builder.isDone()).as("the build waits for the writer in flight").isFalse();
      commit.countDown();
      writer.get(10, java.util.concurrent.TimeUnit.SECONDS);
      builder.get(10, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      commit.countDown();
      pool.shutdownNow();
    }
    // the build counted all three sessions, so the month may be read from its cells
    assertThat(coveredMonths(month)).containsExactly(month);
    assertThat(
            jdbc.sql("select sum(records) from results_cells_session where month = ?")
                .param(month)
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  private void insertSession(long client, LocalDate day) {
    jdbc.sql(
            "insert into counselling_session (client_id, mrc_id, counsellor_id, channel, held_on,"
                + " duration_minutes, topics, created_by, updated_by) select c.id, c.mrc_id,"
                + " (select id from account where username = 'counsellor.dhaka'), 'HOTLINE', ?,"
                + " 20, array['VISAS'], 'test', 'test' from client c where c.id = ?")
        .params(day, client)
        .update();
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<LocalDate> coveredMonths(LocalDate month) {
    return MonthlyCells.covered(jdbc, "SESSIONS", month, month.plusMonths(1).minusDays(1), true)
        .stream()
        .map(MonthlyCells.Covered::month)
        .toList();
  }

  private List<LocalDate> coveredMonths() {
    return MonthlyCells.covered(jdbc, "SESSIONS", START, END, true).stream()
        .map(MonthlyCells.Covered::month)
        .toList();
  }

  private void assertSameAfterRebuild(ResultsFramework f, IndicatorQuery query) {
    Set<String> before = report(f, query);
    cells.buildDirtyMonths();
    assertThat(report(f, query)).isEqualTo(before);
  }

  private IndicatorSql.Relation relation(ResultsFramework f, String source, Measure measure) {
    Indicator i = ResultsFixture.indicator(f, 0, source, measure, Filters.NONE, Filters.NONE);
    return cells.relation(frameworks.source(source), List.of(i), START, END, Filters.NONE);
  }

  /** Every cell of every indicator of the report, as text (key, value, parts, protected). */
  private Set<String> report(ResultsFramework f, IndicatorQuery query) {
    Set<String> all = new HashSet<>();
    for (IndicatorValues v : indicators.report(f.id(), query)) {
      for (Cell c : v.cells()) {
        all.add(v.indicator().code() + " " + c);
      }
    }
    return all;
  }

  private long total(ResultsFramework f, IndicatorQuery query, String source, Measure measure) {
    return indicators.report(f.id(), query).stream()
        .filter(v -> v.indicator().source().equals(source) && v.indicator().measure() == measure)
        .findFirst()
        .flatMap(IndicatorValues::total)
        .map(c -> c.value().longValueExact())
        .orElse(0L);
  }

  private long womenSessions(ResultsFramework f, IndicatorQuery query) {
    return indicators.report(f.id(), query).stream()
        .filter(
            v ->
                v.indicator().measure() == Measure.COUNT
                    && v.indicator().source().equals("SESSIONS"))
        .flatMap(v -> v.by(Dimension.SEX).stream())
        .filter(c -> "FEMALE".equals(c.get(Dimension.SEX)))
        .mapToLong(c -> c.value().longValueExact())
        .sum();
  }
}
