package org.safar.results.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.disclosure.SmallCellSuppression;
import org.safar.results.Cell;
import org.safar.results.Dimension;
import org.safar.results.Filters;
import org.safar.results.Indicator;
import org.safar.results.Measure;
import org.safar.results.Unit;

/** Staff breakdowns over protected cases go through small-cell suppression; others do not. */
class DisclosedTest {

  static Cell cell(String sex, int n, boolean protectedRecords) {
    return new Cell(
        Map.of(Dimension.SEX, sex),
        BigDecimal.valueOf(n),
        (long) n,
        null,
        null,
        null,
        protectedRecords);
  }

  static final Indicator PEOPLE =
      new Indicator(
          1L,
          1,
          1,
          "P",
          "People",
          "SESSIONS",
          Measure.DISTINCT,
          Unit.NUMBER,
          true,
          Filters.NONE,
          Filters.NONE,
          Filters.NONE,
          Filters.NONE,
          false,
          List.of(Dimension.SEX),
          null,
          null,
          0);

  @Test
  void aBreakdownHoldingAProtectedCaseHidesItsSmallPartsAndTheirComplement() {
    List<BigDecimal> shown =
        Disclosed.values(
            List.of(cell("FEMALE", 2, true), cell("MALE", 40, false), cell("OTHER", 30, false)),
            PEOPLE,
            new SmallCellSuppression());
    assertThat(shown.get(0)).isNull();
    assertThat(shown.stream().filter(v -> v == null).count()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aBreakdownWithoutProtectedCasesIsShownAsItIs() {
    List<BigDecimal> shown =
        Disclosed.values(
            List.of(cell("FEMALE", 2, false), cell("MALE", 40, false)),
            PEOPLE,
            new SmallCellSuppression());
    assertThat(shown).containsExactly(BigDecimal.valueOf(2), BigDecimal.valueOf(40));
  }
}
