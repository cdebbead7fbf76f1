package org.safar.disclosure;

import static org.safar.disclosure.Disclosure.assertSafe;
import static org.safar.disclosure.Disclosure.table;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Many tables with many small counts and zeros; the seed keeps a failure reproducible. */
class RandomTablesTest {

  private final SmallCellSuppression suppression = new SmallCellSuppression();

  @Test
  void noRandomTwoWayTableGivesAnythingAway() {
    Random random = new Random(20240611);
    for (int i = 0; i < 200; i++) {
      CountTable<String, String> table =
          table(counts(random, 2 + random.nextInt(7), 2 + random.nextInt(7)));
      assertSafe(table, suppression.suppress(table));
    }
  }

  @Test
  void noRandomOneWayTableGivesAnythingAway() {
    Random random = new Random(17);
    for (int i = 0; i < 100; i++) {
      int[] counts = counts(random, 1, 1 + random.nextInt(10))[0];
      CountTable<String, String> table =
          CountTable.oneWay("clients", Disclosure.labels("category", counts.length), counts);
      assertSafe(table, suppression.suppress(table));
    }
  }

  @Test
  void noRandomTableGivesAnythingAwayAtOtherThresholds() {
    Random random = new Random(3);
    for (int threshold : List.of(2, 3, 10, 11)) {
      for (int i = 0; i < 25; i++) {
        CountTable<String, String> table =
            table(counts(random, 1 + random.nextInt(6), 1 + random.nextInt(6)));
        assertSafe(table, suppression.suppress(table, threshold));
      }
    }
  }

  /** About a third zeros, a third below 5 (many of them 1s), a third from 5 to 40. */
  private static int[][] counts(Random random, int rows, int columns) {
    int[][] counts = new int[rows][columns];
    for (int[] row : counts) {
      for (int column = 0; column < columns; column++) {
        row[column] =
            switch (random.nextInt(3)) {
              case 0 -> 0;
              case 1 -> random.nextBoolean() ? 1 : 1 + random.nextInt(4);
              default -> 5 + random.nextInt(36);
            };
      }
    }
    return counts;
  }
}
