package org.safar.training;

import java.util.List;

/**
 * What is wrong with one row (or one cell) of an imported file: the row as a spreadsheet numbers it
 * (the header is row 1), the column, the message key and its arguments, and the value found.
 */
public record ImportProblem(
    int row, String column, String messageKey, List<Object> args, String value) {

  public ImportProblem {
    args = List.copyOf(args);
  }
}
