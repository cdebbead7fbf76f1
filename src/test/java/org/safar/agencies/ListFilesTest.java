package org.safar.agencies;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Reading list files: CSV variants, a spreadsheet with a date cell, and what is refused. */
class ListFilesTest {

  @Test
  void aSemicolonCsvWithAByteOrderMarkAndOtherHeaderSpellingsIsRead() throws Exception {
    String csv =
        "\uFEFFLicence No;Agency Name;Status;Expiry Date\n"
            + "RL-1;\"Dhaka, Recruiting\";VALID;31.12.2027\n\n";
    ListCheck.Result r = ListCheck.check(ListFiles.read("l.csv", csv.getBytes(UTF_8)));
    assertThat(r.errors()).isEmpty();
    assertThat(r.rows())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("Dhaka, Recruiting");
              assertThat(a.status()).isEqualTo(AgencyStatus.VALID);
              assertThat(a.validUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
              assertThat(a.row()).isEqualTo(2);
            });
  }

  @Test
  void anXlsxSheetIsReadWithItsDateCells() throws Exception {
    long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.of(2028, 3, 31));
    byte[] xlsx =
        xlsx(
            row(
                    1,
                    str("A1", "licence_number"),
                    str("B1", "name"),
                    str("C1", "status"),
                    str("D1", "valid_until"))
                + row(
                    2,
                    num("A2", "10452"),
                    str("B2", "Kabul Careers"),
                    str("C2", "cancelled"),
                    num("D2", Long.toString(serial))));
    ListCheck.Result r = ListCheck.check(ListFiles.read("list.xlsx", xlsx));
    assertThat(r.errors()).isEmpty();
    assertThat(r.rows())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.licenceNumber()).isEqualTo("10452");
              assertThat(a.name()).isEqualTo("Kabul Careers");
              assertThat(a.status()).isEqualTo(AgencyStatus.CANCELLED);
              assertThat(a.validUntil()).isEqualTo(LocalDate.of(2028, 3, 31));
            });
  }

  @Test
  void aBrokenSpreadsheetAnOldExcelFileAndBadBytesAreRefusedWithTheirReason() {
    assertThatThrownBy(() -> ListFiles.read("x.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
        .isInstanceOf(ListFileException.class)
        .extracting(e -> ((ListFileException) e).error().messageKey())
        .isEqualTo("agency.import.error.notXlsx");
    assertThatThrownBy(() -> ListFiles.read("old.xls", "x".getBytes(UTF_8)))
        .extracting(e -> ((ListFileException) e).error().messageKey())
        .isEqualTo("agency.import.error.oldExcel");
    byte[] latin1 =
        "licence_number,name,status\nA,Caf\u00e9,valid\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ListFiles.read("l.csv", latin1))
        .extracting(e -> ((ListFileException) e).error())
        .satisfies(e -> assertThat(((RowError) e).row()).isEqualTo(2));
  }

  @Test
  void tooLongTextControlCharactersAndDatesInTheWrongOrderAreReportedByRow() throws Exception {
    String csv =
        "licence_number,name,status,valid_from,valid_until\n"
            + "A-1,"
            + "n".repeat(301)
            + ",valid,,\n"
            + "A-2,Tab\u0007Name,valid,,\n"
            + "A-3,Backwards,valid,2026-05-01,2026-04-01\n"
            + "A-4,Too,many,fields,,,\n"
            + "---,Dashes only,valid,,\n";
    ListCheck.Result r = ListCheck.check(ListFiles.read("l.csv", csv.getBytes(UTF_8)));
    assertThat(r.rows()).isEmpty();
    assertThat(r.errors())
        .extracting(RowError::row, RowError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "agency.import.error.tooLong"),
            org.assertj.core.groups.Tuple.tuple(3, "agency.import.error.control"),
            org.assertj.core.groups.Tuple.tuple(4, "agency.import.error.untilBeforeFrom"),
            org.assertj.core.groups.Tuple.tuple(5, "agency.import.error.fieldCount"),
            org.assertj.core.groups.Tuple.tuple(6, "agency.import.error.licence"));
  }

  static String row(int n, String... cells) {
    return "<row r=\"" + n + "\">" + String.join("", cells) + "</row>";
  }

  static String str(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  static String num(String ref, String value) {
    return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
  }

  /** The smallest workbook Excel writes: one sheet, inline strings. */
  static byte[] xlsx(String rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "</Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "</Relationships>");
      put(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\"Agencies\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "</Relationships>");
      put(
          zip,
          "xl/worksheets/sheet1.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<sheetData>"
              + rows
              + "</sheetData></worksheet>");
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(UTF_8));
    zip.closeEntry();
  }
}
