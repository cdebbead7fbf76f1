package org.safar.agencies;

/**
 * Why a row (or the whole file, row 0) cannot be imported: a message key with up to two values for
 * it, so the reason reads in the reader's language.
 *
 * @param row the row in the file, counting the header as row 1; 0 for the file as a whole
 * @param column the column's name, or null
 */
public record RowError(int row, String column, String messageKey, String first, String second) {

  static RowError file(String messageKey, String first) {
    return new RowError(0, null, messageKey, first, null);
  }

  static RowError at(int row, String column, String messageKey, String first, String second) {
    return new RowError(row, column, messageKey, first, second);
  }
}
