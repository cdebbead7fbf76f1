package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SQL builder and the rules it applies, without a database. */
class IndicatorSqlTest {

  static final IndicatorSource SESSIONS =
      new CounsellingSources.ViewSource(
          "SESSIONS",
          "results_session",
          Set.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.TOPIC),
          true,
          true);
  static final IndicatorSource INQUIRIES =
      new CounsellingSources.ViewSource(
          "INQUIRIES", "results_inquiry", Set.of(Dimension.CHANNEL), false, false);

  static Indicator indicator(
      IndicatorSource source, Measure measure, Filters filters, Filters part) {
    return new Indicator(
        1L,
        1,
        1,
        "X",
        "X",
        source.code(),
        measure,
        measure == Measure.RATIO ? Unit.PERCENTAGE : Unit.NUMBER,
        true,
        filters,
        part,
        Filters.NONE,
        Filters.NONE,
        false,
        List.of(),
        null,
        null,
        0);
  }

  static IndicatorSql.Statement build(IndicatorSource s, Indicator i, Dimension... by) {
    return IndicatorSql.build(
        s,
        IndicatorSql.Relation.of(s),
        i,
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31),
        List.of(by),
        Filters.NONE,
        new Long[] {1L});
  }

  @Test
  void countsAddUpPerCellFirstThenFormTheGroupingSets() {
    var st =
        build(
            SESSIONS,
            indicator(SESSIONS, Measure.COUNT, Filters.NONE, Filters.NONE),
            Dimension.SEX,
            Dimension.QUARTER);
    assertThat(st.sql())
        .contains(
            "from (select coalesce(r.sex::text, 'UNKNOWN') as k0,"
                + " date_trunc('quarter', r.on_date)::date as k1, sum(r.amount) as v0")
        .contains("group by k0, k1")
        .endsWith("group by grouping sets ((t.k0, t.k1), (t.k0), (t.k1), ())");
  }

  @Test
  void distinctPersonsAreCountedFromTheRecordsForEverySet() {
    var st =
        build(
            SESSIONS,
            indicator(SESSIONS, Measure.DISTINCT, Filters.NONE, Filters.NONE),
            Dimension.MRC);
    assertThat(st.sql())
        .contains("count(distinct r.subject_id) as v0")
        .contains("from results_session r")
        .endsWith("group by grouping sets ((r.org_unit_id), ())");
  }

  @Test
  void everyChosenValueIsABindParameterNeverText() {
    Filters evil = new Filters(Map.of(Dimension.SEX, Set.of("FEMALE')--")));
    var st = build(SESSIONS, indicator(SESSIONS, Measure.COUNT, evil, Filters.NONE));
    assertThat(st.sql()).doesNotContain("FEMALE").contains("= any(:f0)");
    assertThat((String[]) st.params().get("f0")).containsExactly("FEMALE')--");
  }

  @Test
  void aShareCountsThePartWithAFilterOnTheSameScan() {
    Filters women = new Filters(Map.of(Dimension.SEX, Set.of("FEMALE")));
    var st = build(SESSIONS, indicator(SESSIONS, Measure.RATIO, Filters.NONE, women));
    assertThat(st.sql())
        .contains("sum(r.amount) filter (where coalesce(r.sex::text, 'UNKNOWN') = any(:p0)) as v0");
  }

  @Test
  void whatTheRecordsDoNotCarryIsRefused() {
    Indicator count = indicator(INQUIRIES, Measure.COUNT, Filters.NONE, Filters.NONE);
    assertThatThrownBy(() -> build(INQUIRIES, count, Dimension.SEX))
        .isInstanceOfSatisfying(
            InvalidIndicatorException.class,
            e -> assertThat(e.messageKey()).isEqualTo("results.error.dimensionUnsupported"));
    assertThatThrownBy(
            () ->
                build(
                    SESSIONS,
                    indicator(SESSIONS, Measure.COUNT, Filters.NONE, Filters.NONE),
                    Dimension.TOPIC))
        .isInstanceOfSatisfying(
            InvalidIndicatorException.class,
            e -> assertThat(e.messageKey()).isEqualTo("results.error.dimensionOverlaps"));
    assertThatThrownBy(
            () ->
                build(
                    INQUIRIES, indicator(INQUIRIES, Measure.DISTINCT, Filters.NONE, Filters.NONE)))
        .isInstanceOfSatisfying(
            InvalidIndicatorException.class,
            e -> assertThat(e.messageKey()).isEqualTo("results.error.noPersons"));
    assertThatThrownBy(
            () -> build(SESSIONS, indicator(SESSIONS, Measure.RATIO, Filters.NONE, Filters.NONE)))
        .isInstanceOfSatisfying(
            InvalidIndicatorException.class,
            e -> assertThat(e.messageKey()).isEqualTo("results.error.partMissing"));
  }

  @Test
  void aTopicFiltersByOverlapWithTheSessionsTopics() {
    Filters visas = new Filters(Map.of(Dimension.TOPIC, Set.of("VISAS")));
    var st = build(SESSIONS, indicator(SESSIONS, Measure.COUNT, visas, Filters.NONE));
    assertThat(st.sql()).contains("r.topics && cast(:f0 as text[])");
  }

  @Test
  void aShareOfNothingIsNoDataAndAChangeIsInPoints() {
    assertThat(CellValues.value(Measure.RATIO, Unit.PERCENTAGE, 0L, 0L, null, null)).isNull();
    assertThat(CellValues.value(Measure.RATIO, Unit.PERCENTAGE, 1L, 3L, null, null))
        .isEqualByComparingTo("33.3");
    assertThat(CellValues.value(Measure.CHANGE, Unit.PERCENTAGE, 8L, 100L, 21L, 100L))
        .isEqualByComparingTo(new BigDecimal("-13.0"));
    assertThat(CellValues.value(Measure.CHANGE, Unit.PERCENTAGE, 8L, 100L, 0L, 0L)).isNull();
  }

  @Test
  void filtersReadAsTypedAndRefuseWhatTheyCannotRead() {
    Filters f = Filters.parseLines("sex:female\nchannel:HOTLINE, channel:WALK_IN", "filters");
    assertThat(f.codes())
        .containsEntry(Dimension.SEX, Set.of("FEMALE"))
        .containsEntry(Dimension.CHANNEL, Set.of("HOTLINE", "WALK_IN"));
    assertThatThrownBy(() -> Filters.parseLines("colour:RED", "filters"))
        .isInstanceOf(InvalidIndicatorException.class);
    assertThatThrownBy(() -> Filters.parseLines("quarter:2025", "filters"))
        .isInstanceOf(InvalidIndicatorException.class);
    assertThat(Filters.parseLines(f.toLines(), "filters")).isEqualTo(f);
  }

  @Test
  void periodsAreLabelledAsPeopleReadThem() {
    assertThat(Indicators.period(Dimension.QUARTER, LocalDate.of(2025, 7, 1))).isEqualTo("2025-Q3");
    assertThat(Indicators.period(Dimension.MONTH, LocalDate.of(2025, 7, 1))).isEqualTo("2025-07");
    assertThat(Indicators.period(Dimension.YEAR, LocalDate.of(2025, 7, 1))).isEqualTo("2025");
  }
}
