package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.counselling.AgeBand;
import org.safar.counselling.Clients;
import org.safar.counselling.CounsellingSessions;
import org.safar.counselling.Intention;
import org.safar.counselling.Sex;
import org.safar.identity.Accounts;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The engine's cells against SQL written by hand over the same records, and its refusals. */
@SafarIntegrationTest
class IndicatorEngineTests {

  @Autowired Accounts accounts;
  @Autowired OrgUnits orgUnits;
  @Autowired Portfolio portfolio;
  @Autowired ResultsFrameworks frameworks;
  @Autowired Indicators indicators;
  @Autowired Clients clients;
  @Autowired CounsellingSessions sessions;
  @Autowired JdbcClient jdbc;

  ResultsFixture fixture;
  static boolean recorded;

  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final LocalDate END = LocalDate.of(2027, 12, 31);

  @BeforeEach
  void records() {
    fixture =
        new ResultsFixture(accounts, orgUnits, portfolio, frameworks, clients, sessions, jdbc);
    if (!recorded) {
      fixture.signInAs("counsellor.dhaka");
      long dhaka = fixture.mrc("MRC-DHAKA");
      fixture.clientWithSessions(
          dhaka,
          Sex.FEMALE,
          AgeBand.AGE_18_24,
          LocalDate.of(2024, 2, 3),
          LocalDate.of(2024, 5, 9),
          LocalDate.of(2024, 5, 20));
      fixture.clientWithSessions(dhaka, Sex.MALE, AgeBand.AGE_25_34, LocalDate.of(2024, 3, 1));
      fixture.clientWithSessions(
          dhaka, Sex.FEMALE, null, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 1));
      fixture.signInAs("counsellor.kabul");
      long kabul = fixture.mrc("MRC-KABUL");
      fixture.clientWithSessions(
          kabul, Sex.MALE, AgeBand.AGE_35_49, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 8, 1));
      fixture.clientWithSessions(kabul, Sex.UNKNOWN, AgeBand.UNDER_18, LocalDate.of(2023, 6, 1));
      recorded = true;
    }
    fixture.signInAs("mande");
  }

  @AfterEach
  void signOut() {
    ResultsFixture.signOut();
  }

  @Test
  void sessionsBySexQuarterMrcAndAgeEqualTheHandWrittenQueryAndAddUp() {
    ResultsFramework f = fixture.project(START, END);
    long output = fixture.output(f);
    long id =
        frameworks.define(
            ResultsFixture.indicator(
                f, output, "SESSIONS", Measure.COUNT, Filters.NONE, Filters.NONE, Dimension.SEX));
    List<Dimension> by =
        List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.MRC, Dimension.QUARTER);
    IndicatorValues values =
        indicators.values(id, new IndicatorQuery(null, null, by, Filters.NONE));

    Map<String, Long> direct = new HashMap<>();
    jdbc.sql(
            "select coalesce(c.sex, 'UNKNOWN') as sex, coalesce(c.age_band, 'UNKNOWN') as band,"
                + " s.mrc_id, date_trunc('quarter', s.held_on)::date as q, count(*) as n"
                + " from counselling_session s join client c on c.id = s.client_id"
                + " where s.held_on between ? and ? group by 1, 2, 3, 4")
        .params(START, END)
        .query(
            rs -> {
              direct.put(
                  rs.getString("sex")
                      + "|"
                      + rs.getString("band")
                      + "|"
                      + rs.getLong("mrc_id")
                      + "|"
                      + Indicators.period(Dimension.QUARTER, rs.getDate("q").toLocalDate()),
                  rs.getLong("n"));
            });
    Map<String, Long> engine = new HashMap<>();
    for (Cell c : values.by(by.toArray(Dimension[]::new))) {
      engine.put(
          c.get(Dimension.SEX)
              + "|"
              + c.get(Dimension.AGE_BAND)
              + "|"
              + c.get(Dimension.MRC)
              + "|"
              + c.get(Dimension.QUARTER),
          c.value().longValueExact());
    }
    assertThat(engine).isEqualTo(direct).isNotEmpty();
    long total = values.total().orElseThrow().value().longValueExact();
    assertThat(total).isEqualTo(direct.values().stream().mapToLong(Long::longValue).sum());
    for (Dimension d : by) {
      assertThat(values.by(d).stream().mapToLong(c -> c.value().longValueExact()).sum())
          .as("the parts by %s add up to the total", d)
          .isEqualTo(total);
    }
    // the 2023 session lies before the framework's start and is not counted
    assertThat(engine.keySet()).noneMatch(k -> k.endsWith("2023-Q2"));
  }

  @Test
  void uniqueClientsAreCountedOncePerCellAndTheirTotalIsNotASum() {
    ResultsFramework f = fixture.project(START, END);
    long id =
        frameworks.define(
            ResultsFixture.indicator(
                f,
                fixture.output(f),
                "SESSIONS",
                Measure.DISTINCT,
                Filters.NONE,
                Filters.NONE,
                Dimension.SEX));
    IndicatorValues values =
        indicators.values(id, IndicatorQuery.by(Dimension.SEX, Dimension.YEAR));
    long direct =
        jdbc.sql(
                "select count(distinct client_id) from counselling_session where held_on between ? and ?")
            .params(START, END)
            .query(Long.class)
            .single();
    assertThat(values.total().orElseThrow().value().longValueExact()).isEqualTo(direct);
    for (Cell c : values.by(Dimension.SEX, Dimension.YEAR)) {
      long expected =
          jdbc.sql(
                  "select count(distinct s.client_id) from counselling_session s join client c on"
                      + " c.id = s.client_id where s.held_on between ? and ? and c.sex = ?"
                      + " and extract(year from s.held_on) = ?")
              .params(START, END, c.get(Dimension.SEX), Integer.parseInt(c.get(Dimension.YEAR)))
              .query(Long.class)
              .single();
      assertThat(c.value().longValueExact()).as(c.key().toString()).isEqualTo(expected);
    }
  }

  @Test
  void aReportComputesIndicatorsOverTheSameRecordsInOneStatementWithTheSameCells() {
    ResultsFramework f = fixture.project(START, END);
    long output = fixture.output(f);
    Filters women = new Filters(Map.of(Dimension.SEX, Set.of("FEMALE")));
    List<Long> ids =
        List.of(
            frameworks.define(
                ResultsFixture.indicator(
                    f, output, "SESSIONS", Measure.COUNT, women, Filters.NONE)),
            frameworks.define(
                ResultsFixture.indicator(
                    f, output, "SESSIONS", Measure.DISTINCT, Filters.NONE, Filters.NONE)),
            frameworks.define(
                ResultsFixture.indicator(
                    f, output, "SESSIONS", Measure.RATIO, Filters.NONE, women)),
            frameworks.define(
                ResultsFixture.indicator(
                    f, output, "GROUP_ATTENDANCE", Measure.COUNT, Filters.NONE, Filters.NONE)));
    IndicatorQuery query = IndicatorQuery.by(Dimension.SEX, Dimension.MRC, Dimension.QUARTER);
    List<IndicatorValues> report = indicators.report(f.id(), query);
    assertThat(report).hasSize(ids.size());
    for (IndicatorValues inReport : report) {
      IndicatorValues alone = indicators.values(inReport.indicator().id(), query);
      assertThat(inReport.cells())
          .as(inReport.indicator().measure().toString())
          .containsExactlyInAnyOrderElementsOf(alone.cells());
    }
  }

  @Test
  void aShareOfNothingIsNoDataNotAnError() {
    ResultsFramework f = fixture.project(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31));
    long id =
        frameworks.define(
            ResultsFixture.indicator(
                f,
                fixture.output(f),
                "REFERRALS",
                Measure.RATIO,
                Filters.NONE,
                new Filters(Map.of(Dimension.STATUS, Set.of("DONE"))),
                Dimension.SEX));
    IndicatorValues values = indicators.values(id, IndicatorQuery.by(Dimension.SEX));
    Cell total = values.total().orElseThrow();
    assertThat(total.hasData()).isFalse();
    assertThat(total.denominator()).isZero();
  }

  @Test
  void theIntentionShiftIsTheChangeInShareBetweenIntakeAndFollowUp() {
    ResultsFramework f = fixture.project(START, END);
    Indicator draft =
        new Indicator(
            null,
            f.id(),
            fixture.output(f),
            "SHIFT",
            "Irregular intention",
            "INTENTIONS",
            Measure.CHANGE,
            Unit.PERCENTAGE,
            false,
            Filters.NONE,
            new Filters(Map.of(Dimension.INTENTION, Set.of("IRREGULAR"))),
            new Filters(Map.of(Dimension.STAGE, Set.of("INTAKE"))),
            new Filters(Map.of(Dimension.STAGE, Set.of("FOLLOW_UP"))),
            true,
            List.of(),
            null,
            null,
            0);
    long id = frameworks.define(draft);
    Cell total = indicators.values(id, IndicatorQuery.total()).total().orElseThrow();
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql(
            "select stage || (intention = 'IRREGULAR') as k, count(distinct client_id) as n"
                + " from intention_record where recorded_on between ? and ? group by stage,"
                + " (intention = 'IRREGULAR')")
        .params(START, END)
        .query(
            rs -> {
              counts.put(rs.getString("k"), rs.getLong("n"));
            });
    long intake = counts.getOrDefault("INTAKEtrue", 0L) + counts.getOrDefault("INTAKEfalse", 0L);
    long after =
        counts.getOrDefault("FOLLOW_UPtrue", 0L) + counts.getOrDefault("FOLLOW_UPfalse", 0L);
    assertThat(total.beforeDenominator()).isEqualTo(intake);
    assertThat(total.denominator()).isEqualTo(after);
    assertThat(total.beforeNumerator()).isEqualTo(counts.getOrDefault("INTAKEtrue", 0L));
    assertThat(total.value())
        .isEqualTo(
            CellValues.share(Unit.PERCENTAGE, counts.getOrDefault("FOLLOW_UPtrue", 0L), after)
                .subtract(
                    CellValues.share(
                        Unit.PERCENTAGE, counts.getOrDefault("INTAKEtrue", 0L), intake)));
  }

  @Test
  void aTargetOutsideTheProjectIsRefused() {
    ResultsFramework f = fixture.project(START, END);
    long id =
        frameworks.define(
            ResultsFixture.indicator(
                f, fixture.output(f), "SESSIONS", Measure.COUNT, Filters.NONE, Filters.NONE));
    assertThatThrownBy(
            () ->
                frameworks.setTarget(
                    id, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), BigDecimal.TEN))
        .isInstanceOfSatisfying(
            InvalidIndicatorException.class,
            e -> assertThat(e.messageKey()).isEqualTo("results.error.periodOutside"));
    frameworks.setTarget(id, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), BigDecimal.TEN);
    assertThat(frameworks.targets(id)).hasSize(1);
  }

  @Test
  void aBreakdownTheRecordsCannotGiveIsRefusedWithAClearReason() {
    ResultsFramework f = fixture.project(START, END);
    long id =
        frameworks.define(
            ResultsFixture.indicator(
                f, fixture.output(f), "INQUIRIES", Measure.COUNT, Filters.NONE, Filters.NONE));
    assertThatThrownBy(() -> indicators.values(id, IndicatorQuery.by(Dimension.SEX)))
        .isInstanceOfSatisfying(
            InvalidIndicatorException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("results.error.dimensionUnsupported");
              assertThat(e.arguments()).containsExactly("sex", "INQUIRIES");
            });
    assertThatThrownBy(
            () ->
                frameworks.define(
                    ResultsFixture.indicator(
                        f,
                        fixture.output(f),
                        "INQUIRIES",
                        Measure.DISTINCT,
                        Filters.NONE,
                        Filters.NONE)))
        .isInstanceOfSatisfying(
            InvalidIndicatorException.class,
            e -> assertThat(e.messageKey()).isEqualTo("results.error.noPersons"));
  }

  @Test
  void aSessionSavedIsCountedByTheNextRead() {
    ResultsFramework f = fixture.project(START, END);
    long id =
        frameworks.define(
            ResultsFixture.indicator(
                f,
                fixture.output(f),
                "SESSIONS",
                Measure.COUNT,
                new Filters(Map.of(Dimension.SEX, Set.of("FEMALE"))),
                Filters.NONE));
    long before =
        indicators
            .values(id, IndicatorQuery.total())
            .total()
            .orElseThrow()
            .value()
            .longValueExact();
    fixture.signInAs("counsellor.dhaka");
    long client =
        fixture.clientWithSessions(fixture.mrc("MRC-DHAKA"), Sex.FEMALE, AgeBand.AGE_25_34);
    fixture.session(client, LocalDate.now(), Intention.REGULAR);
    fixture.signInAs("mande");
    long after =
        indicators
            .values(id, IndicatorQuery.total())
            .total()
            .orElseThrow()
            .value()
            .longValueExact();
    assertThat(after).isEqualTo(before + 1);
  }
}
