package org.safar.agencies;

/** A file that cannot be read as a list at all (not UTF-8, not CSV, a broken spreadsheet). */
class ListFileException extends Exception {

  private final transient RowError error;

  ListFileException(RowError error) {
    super(error.messageKey());
    this.error = error;
  }

  RowError error() {
    return error;
  }
}
