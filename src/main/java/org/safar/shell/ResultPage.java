package org.safar.shell;

import java.util.List;

/**
 * One page of a list, with how many rows matched. Long lists stop counting at {@link #COUNT_CAP}
 * ({@code capped}): the page then says "more than" and still offers the next page while pages are
 * full, since an exact count over millions of rows costs more than the page itself.
 *
 * @param rows the rows on this page
 * @param page the page number, from 0
 * @param size the most rows a page holds
 * @param total how many rows matched in all, or the cap
 * @param capped whether counting stopped at the cap
 */
public record ResultPage<T>(List<T> rows, int page, int size, long total, boolean capped) {

  public static final int COUNT_CAP = 1000;

  public ResultPage {
    rows = List.copyOf(rows);
  }

  public ResultPage(List<T> rows, int page, int size, long total) {
    this(rows, page, size, total, false);
  }

  /** A page whose total came from a count limited to {@code COUNT_CAP + 1} rows. */
  public static <T> ResultPage<T> counted(
      List<T> rows, int page, int size, long countUpToCapPlusOne) {
    boolean capped = countUpToCapPlusOne > COUNT_CAP;
    return new ResultPage<>(rows, page, size, capped ? COUNT_CAP : countUpToCapPlusOne, capped);
  }

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return capped ? rows.size() == size : page + 1 < pages();
  }

  public long offset() {
    return (long) page * size;
  }

  /** The SQL {@code like} pattern for "contains this text" in lower case, or null for no search. */
  public static String containing(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped =
        text.trim()
            .toLowerCase(java.util.Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
