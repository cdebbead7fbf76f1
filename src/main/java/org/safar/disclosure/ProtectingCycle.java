package org.safar.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Finds the cheapest set of shown counts whose hiding leaves a given hidden count open to the
 * reader, by closing a cycle through it in the {@link TableEquations} network.
 *
 * <p>The reader knows more than the sums: zeros are always shown, so every hidden count is at least
 * 1. A cycle therefore protects a count only if the whole table can really move along it, and
 * moving against an arrow lowers that count: a hidden 1 can be raised but not lowered. So a hidden
 * count may be passed along its arrow always, against it only when it is above 1. A cycle that
 * obeys this gives a second table, every count still at least 1, that publishes exactly the same
 * numbers and differs in this count. No reasoning from the published numbers and "hidden means
 * non-zero" can then tell which of the two is true.
 *
 * <p>Hidden counts cost nothing to pass through, which is how the cycle prefers lines that already
 * have suppressions; a shown count costs its hiding: cells before totals before the grand total,
 * the fewest, then the smallest.
 */
final class ProtectingCycle {

  private ProtectingCycle() {}

  /**
   * The shown counts to hide so that {@code hiddenCount} cannot be worked out; empty when it is
   * already safe.
   */
  static List<Integer> shownCountsToHide(TableEquations table, int hiddenCount) {
    int tail = table.from(hiddenCount);
    int head = table.to(hiddenCount);
    Path raising = cheapestPath(table, hiddenCount, head, tail);
    Path best = raising;
    if (table.value(hiddenCount) > 1) {
      Path lowering = cheapestPath(table, hiddenCount, tail, head);
      if (lowering != null && (best == null || lowering.cost.compareTo(best.cost) < 0)) {
        best = lowering;
      }
    }
    if (best == null) {
      // A cell, its row total, the grand total and its column total always close a cycle.
      throw new IllegalStateException("no cycle through count " + hiddenCount);
    }
    return best.shownCounts;
  }

  private record Path(Cost cost, List<Integer> shownCounts) {}

  /** A node with the cost it was reached at, fixed when queued. */
  private record Reached(int node, Cost cost) {}

  /** Dijkstra from {@code start} to {@code goal}, never through {@code without}. */
  private static Path cheapestPath(TableEquations table, int without, int start, int goal) {
    Cost[] cost = new Cost[table.nodeCount()];
    int[] arrivedBy = new int[table.nodeCount()];
    Arrays.fill(arrivedBy, -1);
    boolean[] settled = new boolean[table.nodeCount()];
    PriorityQueue<Reached> queue = new PriorityQueue<>(Comparator.comparing(Reached::cost));
    cost[start] = Cost.NOTHING;
    queue.add(new Reached(start, Cost.NOTHING));
    while (!queue.isEmpty()) {
      int node = queue.poll().node();
      if (settled[node]) {
        continue;
      }
      settled[node] = true;
      if (node == goal) {
        return path(table, goal, start, arrivedBy, cost[goal]);
      }
      for (int count : table.arrowsAt(node)) {
        if (count == without || table.value(count) == 0) {
          continue; // a zero is shown and known: it cannot move
        }
        boolean along = table.from(count) == node;
        if (!along && table.value(count) == 1) {
          continue; // lowering a 1 would make it 0, which would have been shown
        }
        int next = along ? table.to(count) : table.from(count);
        Cost reached =
            cost[node].plus(table.isHidden(count) ? Cost.NOTHING : Cost.of(table, count));
        if (!settled[next] && (cost[next] == null || reached.compareTo(cost[next]) < 0)) {
          cost[next] = reached;
          arrivedBy[next] = count;
          queue.add(new Reached(next, reached));
        }
      }
    }
    return null;
  }

  private static Path path(
      TableEquations table, int goal, int start, int[] arrivedBy, Cost totalCost) {
    List<Integer> shown = new ArrayList<>();
    for (int node = goal; node != start; ) {
      int count = arrivedBy[node];
      if (!table.isHidden(count)) {
        shown.add(count);
      }
      node = table.to(count) == node ? table.from(count) : table.to(count);
    }
    return new Path(totalCost, List.copyOf(shown));
  }

  /** What hiding the shown counts on a path gives up, compared in that order. */
  private record Cost(int grandTotals, int totals, int cells, long counts)
      implements Comparable<Cost> {

    static final Cost NOTHING = new Cost(0, 0, 0, 0);

    private static final Comparator<Cost> ORDER =
        Comparator.comparingInt(Cost::grandTotals)
            .thenComparingInt(Cost::totals)
            .thenComparingInt(Cost::cells)
            .thenComparingLong(Cost::counts);

    static Cost of(TableEquations table, int count) {
      return switch (table.kind(count)) {
        case CELL -> new Cost(0, 0, 1, table.value(count));
        case TOTAL -> new Cost(0, 1, 0, table.value(count));
        case GRAND_TOTAL -> new Cost(1, 0, 0, table.value(count));
      };
    }

    Cost plus(Cost other) {
      return new Cost(
          grandTotals + other.grandTotals,
          totals + other.totals,
          cells + other.cells,
          counts + other.counts);
    }

    @Override
    public int compareTo(Cost other) {
      return ORDER.compare(this, other);
    }
  }
}
