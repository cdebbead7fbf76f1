package org.safar.training;

import java.math.BigDecimal;

/**
 * Who took part in a training, by sex, and the average knowledge gain in percentage points over the
 * participants with both a pre-test and a post-test score ({@code scored} of them).
 */
public record TrainingFigures(
    long female, long male, long other, long unknown, BigDecimal averageGain, long scored) {

  public long total() {
    return female + male + other + unknown;
  }
}
