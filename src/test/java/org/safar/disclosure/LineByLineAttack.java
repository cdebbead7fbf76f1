package org.safar.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader gets from a published table by working one line at a time: a row, a column, or the
 * row or column totals against the grand total. Subtracting the shown counts from a shown total
 * bounds the hidden ones; knowing that zeros are always shown, every hidden count is at least 1.
 * Each bound found is used again in every other line (a real reader iterates: one count recovered
 * can make another line's hidden count unique) until nothing changes. Plain subtraction is the case
 * of one hidden count in a line; "two hidden counts adding up to 2 are both 1" is the case of the
 * lower bound.
 */
final class LineByLineAttack {

  private static final long UNKNOWN = Long.MAX_VALUE / 4;

  private final long[] low;
  private final long[] high;

  private LineByLineAttack(int size) {
    low = new long[size];
    high = new long[size];
  }

  /** The hidden counts the reader can pin to one value, with that value. */
  static Map<Where, Integer> recover(SuppressedTable<?, ?> table) {
    List<Where> places = Where.everywhere(table.rowCount(), table.columnCount());
    LineByLineAttack reader = new LineByLineAttack(places.size());
    for (int place = 0; place < places.size(); place++) {
      if (places.get(place).in(table) instanceof PublishedCount.Shown shown) {
        reader.low[place] = shown.value();
        reader.high[place] = shown.value();
      } else {
        reader.low[place] = 1;
        reader.high[place] = UNKNOWN;
      }
    }
    List<int[]> sums =
        Sum.statedBy(table.rowCount(), table.columnCount()).stream()
            .map(sum -> indices(sum, places))
            .toList();
    boolean narrowed = true;
    for (int round = 0; narrowed; round++) {
      if (round > 1_000_000) {
        throw new IllegalStateException("bounds keep narrowing: " + table);
      }
      narrowed = false;
      for (int[] sum : sums) {
        narrowed |= reader.narrow(sum);
      }
    }
    Map<Where, Integer> recovered = new LinkedHashMap<>();
    for (int place = 0; place < places.size(); place++) {
      boolean hidden = !places.get(place).in(table).isShown();
      if (hidden && reader.low[place] == reader.high[place]) {
        recovered.put(places.get(place), (int) reader.low[place]);
      }
    }
    return recovered;
  }

  /** The parts' places, then the whole's last. */
  private static int[] indices(Sum sum, List<Where> places) {
    int[] indices = new int[sum.parts().size() + 1];
    for (int k = 0; k < sum.parts().size(); k++) {
      indices[k] = places.indexOf(sum.parts().get(k));
    }
    indices[sum.parts().size()] = places.indexOf(sum.whole());
    return indices;
  }

  private boolean narrow(int[] sum) {
    int whole = sum[sum.length - 1];
    long partsLow = 0;
    long partsHigh = 0;
    int unknownParts = 0;
    for (int k = 0; k < sum.length - 1; k++) {
      partsLow += low[sum[k]];
      if (high[sum[k]] >= UNKNOWN) {
        unknownParts++;
      } else {
        partsHigh += high[sum[k]];
      }
    }
    boolean narrowed = raise(whole, partsLow);
    if (unknownParts == 0) {
      narrowed |= lower(whole, partsHigh);
    }
    for (int k = 0; k < sum.length - 1; k++) {
      int part = sum[k];
      if (high[whole] < UNKNOWN) {
        narrowed |= lower(part, high[whole] - (partsLow - low[part]));
      }
      boolean othersKnown = unknownParts == 0 || (unknownParts == 1 && high[part] >= UNKNOWN);
      if (othersKnown) {
        long othersHigh = partsHigh - (high[part] >= UNKNOWN ? 0 : high[part]);
        narrowed |= raise(part, low[whole] - othersHigh);
      }
    }
    return narrowed;
  }

  private boolean raise(int place, long bound) {
    if (bound > low[place]) {
      low[place] = bound;
      return true;
    }
    return false;
  }

  private boolean lower(int place, long bound) {
    if (bound < high[place]) {
      high[place] = bound;
      return true;
    }
    return false;
  }
}
