package org.safar.shell;

/**
 * Keeps a CSV cell from being run as a formula when the file is opened in a spreadsheet (CSV
 * injection): a cell that starts like a formula gets a leading apostrophe. Phone numbers such as
 * "+880 1711…" stay as they are.
 */
public final class SpreadsheetSafe {

  private SpreadsheetSafe() {}

  public static Object cell(Object value) {
    if (!(value instanceof String s) || s.isEmpty()) {
      return value;
    }
    char first = s.charAt(0);
    boolean formula =
        first == '='
            || first == '@'
            || first == '\t'
            || first == '\r'
            || ((first == '+' || first == '-')
                && (s.length() == 1 || !Character.isDigit(s.charAt(1))));
    return formula ? "'" + s : s;
  }
}
