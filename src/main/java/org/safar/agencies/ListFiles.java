package org.safar.agencies;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an official list file into cells: CSV in UTF-8 (comma or semicolon separated, with or
 * without a byte-order mark) or the first sheet of an XLSX workbook. Nothing is guessed about the
 * encoding: a file that is not valid UTF-8 is refused, saying where, rather than read as garbage.
 */
final class ListFiles {

  static final int MAX_ROWS = 50_000;
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private ListFiles() {}

  static ListTable read(String fileName, byte[] content) throws ListFileException {
    if (content == null || content.length == 0) {
      throw new ListFileException(RowError.file("agency.import.error.emptyFile", null));
    }
    boolean xlsx =
        content.length > 4
            && content[0] == ZIP[0]
            && content[1] == ZIP[1]
            && content[2] == ZIP[2]
            && content[3] == ZIP[3];
    if (xlsx) {
      return spreadsheet(content);
    }
    if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xls")) {
      throw new ListFileException(RowError.file("agency.import.error.oldExcel", null));
    }
    return csv(utf8(content));
  }

  /** The text, or the row and byte where the file stops being UTF-8. */
  static String utf8(byte[] content) throws ListFileException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int row = 1;
      for (int i = 0; i < at; i++) {
        if (content[i] == '\n') {
          row++;
        }
      }
      throw new ListFileException(
          new RowError(row, null, "agency.import.error.notUtf8", Integer.toString(at + 1), null));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static ListTable csv(String text) throws ListFileException {
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter =
        firstLine.chars().filter(c -> c == ';').count()
                > firstLine.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      List<String> header = null;
      List<ListTable.Line> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        if (header == null) {
          header = cells;
          continue;
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (rows.size() >= MAX_ROWS) {
          throw new ListFileException(
              RowError.file("agency.import.error.tooManyRows", Integer.toString(MAX_ROWS)));
        }
        rows.add(new ListTable.Line((int) record.getRecordNumber(), cells));
      }
      if (header == null) {
        throw new ListFileException(RowError.file("agency.import.error.emptyFile", null));
      }
      return new ListTable(header, rows);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // Commons CSV reports a broken quote as an exception while iterating
      throw new ListFileException(RowError.file("agency.import.error.notCsv", null));
    }
  }

  private static ListTable spreadsheet(byte[] content) throws ListFileException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getFirstSheet();
      List<String> header = null;
      List<ListTable.Line> rows = new ArrayList<>();
      try (var stream = sheet.openStream()) {
        for (Row row : (Iterable<Row>) stream::iterator) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i), header == null ? null : at(header, i)));
          }
          if (header == null) {
            header = cells;
            continue;
          }
          if (cells.stream().allMatch(String::isBlank)) {
            continue;
          }
          if (rows.size() >= MAX_ROWS) {
            throw new ListFileException(
                RowError.file("agency.import.error.tooManyRows", Integer.toString(MAX_ROWS)));
          }
          rows.add(new ListTable.Line(row.getRowNum(), cells));
        }
      }
      if (header == null) {
        throw new ListFileException(RowError.file("agency.import.error.emptyFile", null));
      }
      return new ListTable(header, rows);
    } catch (IOException | RuntimeException e) {
      throw new ListFileException(RowError.file("agency.import.error.notXlsx", null));
    }
  }

  private static String at(List<String> header, int i) {
    return i < header.size() ? ListColumns.canonical(header.get(i)) : null;
  }

  /** A cell as text; a number in a date column is a spreadsheet date (days since 1899-12-30). */
  private static String text(Cell cell, String column) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      BigDecimal number = cell.asNumber();
      if (column != null && column.startsWith("valid_")) {
        return LocalDate.of(1899, 12, 30).plusDays(number.longValue()).toString();
      }
      return number.stripTrailingZeros().toPlainString();
    }
    String raw = cell.getRawValue();
    return raw == null ? "" : cell.getText();
  }
}
