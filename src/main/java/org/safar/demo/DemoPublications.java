package org.safar.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.safar.news.Publications;

/**
 * One publication with English, French and Russian files, like the programme's reports: one-page
 * PDFs drawn here with the bundled Noto Sans, in our own words.
 */
final class DemoPublications {

  private DemoPublications() {}

  static void load(Publications publications) {
    long id =
        publications.create(
            "Safe migration: what to check before you go",
            "A short guide for people planning to work abroad: licensed agencies, contracts and"
                + " recruitment costs.",
            LocalDate.parse("2025-12-01"));
    publications.putVariant(
        id,
        "en",
        "safe-migration-en.pdf",
        pdf("Safe migration: check that the agency is licensed before you pay anything."));
    publications.putVariant(
        id,
        "fr",
        "migration-sure-fr.pdf",
        pdf("Migration sûre : vérifiez que l'agence est agréée avant de payer quoi que ce soit."));
    publications.putVariant(
        id,
        "ru",
        "bezopasnaya-migratsiya-ru.pdf",
        pdf("Безопасная миграция: проверьте лицензию агентства, прежде чем платить."));
  }

  static byte[] pdf(String line) {
    try (PDDocument document = new PDDocument();
        InputStream font =
            DemoPublications.class.getResourceAsStream("/pdf-fonts/NotoSans-Regular.ttf")) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDType0Font noto = PDType0Font.load(document, font);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(noto, 12);
        text.newLineAtOffset(50, 700);
        text.showText(line);
        text.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
