package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The programme sources (trainings, outreach, technical assistance) against SQL written by hand
 * over the modules' tables. The records lie in 2036, which no other test or demo record uses.
 */
@SafarIntegrationTest
class ProgrammeSourcesTests {

  @Autowired Accounts accounts;
  @Autowired OrgUnits orgUnits;
  @Autowired Portfolio portfolio;
  @Autowired ResultsFrameworks frameworks;
  @Autowired Indicators indicators;
  @Autowired Clients clients;
  @Autowired CounsellingSessions sessions;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  ResultsFixture fixture;
  static boolean recorded;

  static final LocalDate START = LocalDate.of(2036, 1, 1);
  static final LocalDate END = LocalDate.of(2036, 12, 31);

  @BeforeEach
  void records() {
    fixture =
        new ResultsFixture(accounts, orgUnits, portfolio, frameworks, clients, sessions, jdbc);
    fixture.signInAs("mande");
    if (!recorded) {
      long dhaka = fixture.mrc("MRC-DHAKA");
      long kabul = fixture.mrc("MRC-KABUL");
      long programme =
          jdbc.sql("select id from programme where code = 'MIGRATION-MPTF'")
              .query(Long.class)
              .single();
      long t1 = training(dhaka, programme, "TRAINING", "PERSONS", LocalDate.of(2036, 2, 10), 0, 0);
      participant(t1, "FEMALE", "40.00", "70.00");
      participant(t1, "FEMALE", "55.00", "60.00");
      participant(t1, "MALE", "30.00", null);
      participant(t1, "UNKNOWN", null, null);
      long t2 =
          training(
              kabul, programme, "TRAINING_OF_TRAINERS", "PERSONS", LocalDate.of(2036, 5, 3), 0, 0);
      participant(t2, "MALE", "20.00", "65.00");
      training(kabul, programme, "TRAINING", "COUNTS", LocalDate.of(2036, 7, 1), 12, 9);
      // outside the framework's days: not counted
      long t3 = training(dhaka, programme, "TRAINING", "PERSONS", LocalDate.of(2037, 1, 2), 0, 0);
      participant(t3, "FEMALE", "10.00", "90.00");

      long e1 = event(dhaka, programme, "COMMUNITY_MEETING", LocalDate.of(2036, 3, 4), 0);
      attendance(e1, "FEMALE", "AGE_18_24", 14);
      attendance(e1, "MALE", "AGE_18_24", 6);
      attendance(e1, "FEMALE", "AGE_50_PLUS", 3);
      long e2 = event(kabul, programme, "MEDIA_PROGRAMME", LocalDate.of(2036, 8, 9), 25000);
      attendance(e2, "MALE", "UNDER_18", 2);
      event(kabul, programme, "SOCIAL_MEDIA_POST", LocalDate.of(2036, 9, 1), 4100);

      long a1 = action(dhaka, programme);
      long a2 = action(kabul, programme);
      deliverable(a1, "ADOPTED", LocalDate.of(2036, 4, 1));
      deliverable(a1, "VALIDATED", LocalDate.of(2036, 4, 2));
      deliverable(a2, "ADOPTED", LocalDate.of(2036, 10, 20));
      deliverable(a2, "DRAFTED", LocalDate.of(2036, 11, 5));
      deliverable(a2, "ADOPTED", LocalDate.of(2035, 12, 31));
      recorded = true;
    }
  }

  @AfterEach
  void signOut() {
    ResultsFixture.signOut();
  }

  @Test
  void trainingParticipantsBySexAndKindEqualTheHandWrittenCount() {
    List<Dimension> by = List.of(Dimension.SEX, Dimension.KIND);
    Map<String, Long> engine = engine("TRAINING_PARTICIPANTS", Measure.COUNT, Filters.NONE, by);
    Map<String, Long> direct =
        direct(
            "select sex || '|' || kind as k, sum(n) as n from ("
                + " select p.sex, t.kind, 1 as n from training_participant p"
                + " join training t on t.id = p.training_id"
                + " where t.participation = 'PERSONS' and t.starts_on between ? and ?"
                + " union all select 'FEMALE', kind, female_count from training"
                + " where participation = 'COUNTS' and starts_on between ? and ?"
                + " union all select 'MALE', kind, male_count from training"
                + " where participation = 'COUNTS' and starts_on between ? and ?"
                + " union all select 'OTHER', kind, other_count from training"
                + " where participation = 'COUNTS' and starts_on between ? and ?) x"
                + " where n > 0 group by 1",
            START,
            END,
            START,
            END,
            START,
            END,
            START,
            END);
    assertThat(engine).isEqualTo(direct);
    assertThat(direct)
        .containsEntry("FEMALE|TRAINING", 2L + 12L)
        .containsEntry("MALE|TRAINING", 1L + 9L)
        .containsEntry("MALE|TRAINING_OF_TRAINERS", 1L)
        .containsEntry("UNKNOWN|TRAINING", 1L);
    assertThat(total("TRAINING_PARTICIPANTS", Measure.COUNT, Filters.NONE)).isEqualTo(26L);
  }

  @Test
  void knowledgeGainIsTheSumOfPostMinusPreWhereBothAreKnown() {
    Map<String, Long> engine =
        engine("TRAINING_PARTICIPANTS", Measure.SUM, Filters.NONE, List.of(Dimension.SEX));
    Map<String, Long> direct =
        direct(
            "select p.sex as k, sum(p.post_score - p.pre_score)::bigint as n"
                + " from training_participant p join training t on t.id = p.training_id"
                + " where t.starts_on between ? and ? and p.post_score is not null group by 1",
            START,
            END);
    assertThat(engine).containsAllEntriesOf(direct);
    assertThat(direct).containsEntry("FEMALE", 35L).containsEntry("MALE", 45L);
    assertThat(total("TRAINING_PARTICIPANTS", Measure.SUM, Filters.NONE)).isEqualTo(80L);
  }

  /**
   * A sum of decimal values keeps its fraction all the way out: the engine, the API JSON, the HXL
   * CSV and the IATI XML (knowledge gains of 12.5 and 6.9 points, in 2038, which nothing else
   * uses).
   */
  @Test
  void aSumOfDecimalValuesKeepsItsFractionInTheEngineAndTheExports() {
    LocalDate start = LocalDate.of(2038, 1, 1);
    LocalDate end = LocalDate.of(2038, 12, 31);
    long programme =
        jdbc.sql("select id from programme where code = 'MIGRATION-MPTF'")
            .query(Long.class)
            .single();
    long t =
        training(
            fixture.mrc("MRC-DHAKA"),
            programme,
            "TRAINING",
            "PERSONS",
            LocalDate.of(2038, 3, 2),
            0,
            0);
    participant(t, "FEMALE", "40.25", "52.75");
    participant(t, "MALE", "33.10", "40.00");
    ResultsFramework f = fixture.project(start, end);
    long id =
        frameworks.define(
            ResultsFixture.indicator(
                f,
                fixture.output(f),
                "TRAINING_PARTICIPANTS",
                Measure.SUM,
                Filters.NONE,
                Filters.NONE,
                Dimension.SEX));
    IndicatorValues values =
        indicators.values(id, new IndicatorQuery(null, null, List.of(Dimension.SEX), Filters.NONE));
    assertThat(values.total().orElseThrow().value()).isEqualByComparingTo("19.4");
    Map<String, BigDecimal> bySex = new HashMap<>();
    values.by(Dimension.SEX).forEach(c -> bySex.put(c.get(Dimension.SEX), c.value()));
    assertThat(bySex.get("FEMALE")).isEqualByComparingTo("12.5");
    assertThat(bySex.get("MALE")).isEqualByComparingTo("6.9");

    StaffClient mande = StaffClient.signedIn(port, "mande", "safar-demo-2026");
    String json = mande.getJson("/api/v1/indicators/" + id + "/values?by=sex").body();
    assertThat(json).contains("\"value\":12.5").contains("\"value\":19.4");
    String csv = mande.get("/results/projects/" + f.programmeId() + "/values.csv").body();
    assertThat(csv).contains(",12.5").contains(",19.4");
    String iati = mande.get("/results/projects/" + f.programmeId() + "/iati.xml").body();
    assertThat(iati).contains("value=\"19.4\"");
  }

  @Test
  void outreachAttendanceBySexAndAgeBandEqualsThePeopleRecorded() {
    List<Dimension> by = List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.MRC);
    Map<String, Long> engine = engine("OUTREACH_ATTENDANCE", Measure.COUNT, Filters.NONE, by);
    Map<String, Long> direct =
        direct(
            "select a.sex || '|' || a.age_band || '|' || e.org_unit_id as k, sum(a.people) as n"
                + " from outreach_attendance a join outreach_event e on e.id = a.event_id"
                + " where e.held_on between ? and ? group by 1",
            START,
            END);
    assertThat(engine).isEqualTo(direct).hasSize(4);
    assertThat(total("OUTREACH_ATTENDANCE", Measure.COUNT, Filters.NONE)).isEqualTo(25L);
  }

  @Test
  void reachIsItsOwnSourceAndNeverPeople() {
    Map<String, Long> engine =
        engine("OUTREACH_REACH", Measure.COUNT, Filters.NONE, List.of(Dimension.KIND));
    Map<String, Long> direct =
        direct(
            "select kind as k, sum(reach) as n from outreach_event"
                + " where held_on between ? and ? and reach > 0 group by 1",
            START,
            END);
    assertThat(engine).isEqualTo(direct);
    assertThat(total("OUTREACH_REACH", Measure.COUNT, Filters.NONE)).isEqualTo(29100L);
    // reach has no sex or age band: it cannot be broken down as people are
    ResultsFramework f = fixture.project(START, END);
    assertThatThrownBy(
            () ->
                frameworks.define(
                    ResultsFixture.indicator(
                        f,
                        fixture.output(f),
                        "OUTREACH_REACH",
                        Measure.COUNT,
                        Filters.NONE,
                        Filters.NONE,
                        Dimension.SEX)))
        .isInstanceOf(InvalidIndicatorException.class);
  }

  @Test
  void deliverablesAdoptedAndByStatusEqualTheHandWrittenCount() {
    Map<String, Long> byStatus =
        engine("TA_DELIVERABLES", Measure.COUNT, Filters.NONE, List.of(Dimension.STATUS));
    Map<String, Long> direct =
        direct(
            "select d.status as k, count(*) as n from ta_deliverable d"
                + " join ta_action a on a.id = d.action_id"
                + " where d.status_date between ? and ? group by 1",
            START,
            END);
    assertThat(byStatus).isEqualTo(direct);
    Filters adopted = new Filters(Map.of(Dimension.STATUS, Set.of("ADOPTED")));
    assertThat(total("TA_DELIVERABLES", Measure.COUNT, adopted))
        .isEqualTo(direct.get("ADOPTED"))
        .isEqualTo(2L);
    Map<String, Long> byMrc =
        engine("TA_DELIVERABLES", Measure.COUNT, adopted, List.of(Dimension.MRC));
    assertThat(byMrc)
        .containsEntry(Long.toString(fixture.mrc("MRC-DHAKA")), 1L)
        .containsEntry(Long.toString(fixture.mrc("MRC-KABUL")), 1L);
  }

  @Test
  void noProgrammeSourceCountsPersons() {
    for (String source :
        List.of(
            "TRAINING_PARTICIPANTS", "OUTREACH_ATTENDANCE", "OUTREACH_REACH", "TA_DELIVERABLES")) {
      ResultsFramework f = fixture.project(START, END);
      assertThatThrownBy(
              () ->
                  frameworks.define(
                      ResultsFixture.indicator(
                          f,
                          fixture.output(f),
                          source,
                          Measure.DISTINCT,
                          Filters.NONE,
                          Filters.NONE)))
          .as(source)
          .isInstanceOf(InvalidIndicatorException.class);
    }
  }

  // ---- the engine and the hand-written SQL ------------------------------------------------

  private Map<String, Long> engine(
      String source, Measure measure, Filters filters, List<Dimension> by) {
    ResultsFramework f = fixture.project(START, END);
    long id =
        frameworks.define(
            ResultsFixture.indicator(f, fixture.output(f), source, measure, filters, Filters.NONE));
    IndicatorValues values =
        indicators.values(id, new IndicatorQuery(null, null, by, Filters.NONE));
    Map<String, Long> cells = new HashMap<>();
    for (Cell c : values.by(by.toArray(Dimension[]::new))) {
      StringJoiner key = new StringJoiner("|");
      by.forEach(d -> key.add(c.get(d)));
      cells.put(key.toString(), c.value().longValueExact());
    }
    return cells;
  }

  private long total(String source, Measure measure, Filters filters) {
    ResultsFramework f = fixture.project(START, END);
    long id =
        frameworks.define(
            ResultsFixture.indicator(f, fixture.output(f), source, measure, filters, Filters.NONE));
    return indicators
        .values(id, new IndicatorQuery(null, null, List.of(), Filters.NONE))
        .total()
        .orElseThrow()
        .value()
        .longValueExact();
  }

  private Map<String, Long> direct(String sql, Object... params) {
    Map<String, Long> rows = new HashMap<>();
    jdbc.sql(sql)
        .params(params)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> rows.put(rs.getString("k"), rs.getLong("n")));
    return rows;
  }

  // ---- records, inserted as the modules' tables take them -----------------------------------

  private long training(
      long unit,
      long programme,
      String kind,
      String participation,
      LocalDate day,
      int women,
      int men) {
    return jdbc.sql(
            "insert into training (org_unit_id, programme_id, kind, title, starts_on, ends_on,"
                + " participation, female_count, male_count, created_by, updated_by)"
                + " values (?, ?, ?, 'Results source test', ?, ?, ?, ?, ?, 'test', 'test')"
                + " returning id")
        .params(unit, programme, kind, day, day.plusDays(2), participation, women, men)
        .query(Long.class)
        .single();
  }

  private void participant(long training, String sex, String pre, String post) {
    jdbc.sql(
            "insert into training_participant (training_id, full_name, sex, pre_score, post_score)"
                + " values (?, 'Test participant', ?, ?, ?)")
        .params(
            training,
            sex,
            pre == null ? null : new BigDecimal(pre),
            post == null ? null : new BigDecimal(post))
        .update();
  }

  private long event(long unit, long programme, String kind, LocalDate day, long reach) {
    return jdbc.sql(
            "insert into outreach_event (project_id, org_unit_id, kind, held_on, place, reach,"
                + " created_by, updated_by) values (?, ?, ?, ?, 'Test place', ?, 'test', 'test')"
                + " returning id")
        .params(programme, unit, kind, day, reach)
        .query(Long.class)
        .single();
  }

  private void attendance(long event, String sex, String band, int people) {
    jdbc.sql(
            "insert into outreach_attendance (event_id, sex, age_band, people) values (?, ?, ?, ?)")
        .params(event, sex, band, people)
        .update();
  }

  private long action(long unit, long programme) {
    return jdbc.sql(
            "insert into ta_action (project_id, owner_org_unit_id, title, country_codes,"
                + " requesting_institution, theme, requested_on, status, start_date,"
                + " created_by, updated_by) values (?, ?, 'Results source test', '{BD}',"
                + " 'Test ministry', 'LABOUR_MIGRATION', ?, 'IMPLEMENTATION', ?, 'test', 'test')"
                + " returning id")
        .params(programme, unit, START.minusYears(1), START.minusYears(1))
        .query(Long.class)
        .single();
  }

  private void deliverable(long action, String status, LocalDate day) {
    jdbc.sql(
            "insert into ta_deliverable (action_id, kind, title, status, status_date, created_by,"
                + " updated_by) values (?, 'POLICY', 'Test deliverable', ?, ?, 'test', 'test')")
        .params(action, status, day)
        .update();
  }
}
