package org.safar.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader gets from a published table by combining all its sums at once: Gaussian
 * elimination, exact, over the hidden counts. It finds what no single line gives away, such as a
 * cell recovered by adding two rows and subtracting two columns.
 */
final class EliminationAttack {

  private EliminationAttack() {}

  /** The hidden counts that the published sums fix to one value, with that value. */
  static Map<Where, Integer> recover(SuppressedTable<?, ?> table) {
    List<Where> unknowns = new ArrayList<>();
    for (Where place : Where.everywhere(table.rowCount(), table.columnCount())) {
      if (!place.in(table).isShown()) {
        unknowns.add(place);
      }
    }
    List<BigInteger[]> equations = new ArrayList<>();
    for (Sum sum : Sum.statedBy(table.rowCount(), table.columnCount())) {
      equations.add(equation(sum, unknowns, table));
    }
    reduce(equations, unknowns.size());
    Map<Where, Integer> recovered = new LinkedHashMap<>();
    for (BigInteger[] equation : equations) {
      int only = onlyUnknownIn(equation, unknowns.size());
      if (only >= 0) {
        BigInteger[] quotient = equation[unknowns.size()].divideAndRemainder(equation[only]);
        if (quotient[1].signum() != 0) {
          throw new IllegalStateException("the published sums disagree: " + table);
        }
        recovered.put(unknowns.get(only), quotient[0].intValueExact());
      }
    }
    return recovered;
  }

  /** parts − whole = 0, with the shown counts moved to the right-hand side (the last entry). */
  private static BigInteger[] equation(Sum sum, List<Where> unknowns, SuppressedTable<?, ?> table) {
    BigInteger[] equation = new BigInteger[unknowns.size() + 1];
    Arrays.fill(equation, BigInteger.ZERO);
    for (Where part : sum.parts()) {
      put(equation, part, 1, unknowns, table);
    }
    put(equation, sum.whole(), -1, unknowns, table);
    return equation;
  }

  private static void put(
      BigInteger[] equation, Where place, int sign, List<Where> unknowns, SuppressedTable<?, ?> t) {
    PublishedCount published = place.in(t);
    int last = equation.length - 1;
    if (published instanceof PublishedCount.Shown shown) {
      equation[last] = equation[last].subtract(BigInteger.valueOf((long) sign * shown.value()));
    } else {
      int index = unknowns.indexOf(place);
      equation[index] = equation[index].add(BigInteger.valueOf(sign));
    }
  }

  /** Reduced row echelon form, fraction-free: each pivot is cleared from every other equation. */
  private static void reduce(List<BigInteger[]> equations, int unknowns) {
    int pivotRow = 0;
    for (int column = 0; column < unknowns && pivotRow < equations.size(); column++) {
      int found = -1;
      for (int row = pivotRow; row < equations.size(); row++) {
        if (equations.get(row)[column].signum() != 0) {
          found = row;
          break;
        }
      }
      if (found < 0) {
        continue;
      }
      BigInteger[] pivot = equations.get(found);
      equations.set(found, equations.get(pivotRow));
      equations.set(pivotRow, pivot);
      for (int row = 0; row < equations.size(); row++) {
        BigInteger[] other = equations.get(row);
        if (row != pivotRow && other[column].signum() != 0) {
          BigInteger factor = other[column];
          for (int k = 0; k <= unknowns; k++) {
            other[k] = other[k].multiply(pivot[column]).subtract(pivot[k].multiply(factor));
          }
          divideByCommonFactor(other);
        }
      }
      pivotRow++;
    }
  }

  private static void divideByCommonFactor(BigInteger[] equation) {
    BigInteger common = BigInteger.ZERO;
    for (BigInteger value : equation) {
      common = common.gcd(value);
    }
    if (common.signum() != 0 && !common.equals(BigInteger.ONE)) {
      for (int k = 0; k < equation.length; k++) {
        equation[k] = equation[k].divide(common);
      }
    }
  }

  private static int onlyUnknownIn(BigInteger[] equation, int unknowns) {
    int only = -1;
    for (int k = 0; k < unknowns; k++) {
      if (equation[k].signum() != 0) {
        if (only >= 0) {
          return -1;
        }
        only = k;
      }
    }
    return only;
  }
}
