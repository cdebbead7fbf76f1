package org.safar.shell;

import java.util.List;

/**
 * One page of a list, with how many rows matched in all; every list in Safar pages the same way.
 *
 * @param rows the rows on this page
 * @param page the page number, from 0
 * @param size the most rows a page holds
 * @param total how many rows matched in all
 */
public record ResultPage<T>(List<T> rows, int page, int size, long total) {

  public ResultPage {
    rows = List.copyOf(rows);
  }

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public long offset() {
    return (long) page * size;
  }

  /** The SQL {@code ilike} pattern for "contains this text", or null for no search at all. */
  public static String containing(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
