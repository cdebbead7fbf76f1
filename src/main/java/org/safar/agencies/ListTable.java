package org.safar.agencies;

import java.util.List;

/**
 * A list file read into cells, before any check of what they say.
 *
 * @param header the first row's column names as written
 * @param rows every later row that is not empty
 */
record ListTable(List<String> header, List<Line> rows) {

  /** One row: its number in the file (the header is row 1) and its cells. */
  record Line(int row, List<String> cells) {}
}
