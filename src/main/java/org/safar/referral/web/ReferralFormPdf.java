package org.safar.referral.web;

import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.safar.referral.PrintableReferral;
import org.safar.shell.DateDisplay;
import org.safar.shell.SupportedLocale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Draws the printable referral form: the Thymeleaf template {@code referral/referral-form-pdf}, in
 * the reader's language, made into a PDF by openhtmltopdf with the Noto fonts in {@code
 * pdf-fonts/}. Nothing is fetched while rendering: the fonts are given from memory and every other
 * resource (image, style sheet, font URL) is refused.
 */
@Component
class ReferralFormPdf {

  static final String TEMPLATE = "referral/referral-form-pdf";

  static {
    // openhtmltopdf prints to standard output unless told otherwise
    XRLog.setLoggerImpl(new Slf4jXrLogger());
  }

  /** A family name in the template's CSS, with the file behind each weight. */
  private record FontFile(String family, int weight, String file) {}

  private static final List<FontFile> FONTS =
      List.of(
          new FontFile("Noto Sans", 400, "NotoSans-Regular.ttf"),
          new FontFile("Noto Sans", 700, "NotoSans-Bold.ttf"),
          new FontFile("Noto Naskh Arabic", 400, "NotoNaskhArabic-Regular.ttf"),
          new FontFile("Noto Naskh Arabic", 700, "NotoNaskhArabic-Bold.ttf"));

  private record LoadedFont(FontFile font, byte[] bytes) {}

  private final ITemplateEngine templates;
  private final DateDisplay dates;
  private final Clock clock;
  private final List<LoadedFont> fonts;

  ReferralFormPdf(ITemplateEngine templates, DateDisplay dates, Clock clock) {
    this.templates = templates;
    this.dates = dates;
    this.clock = clock;
    this.fonts = FONTS.stream().map(f -> new LoadedFont(f, read("pdf-fonts/" + f.file()))).toList();
  }

  byte[] render(PrintableReferral form, Locale locale) {
    boolean rtl = SupportedLocale.of(locale).rightToLeft();
    Context context = new Context(locale);
    context.setVariable("form", form);
    context.setVariable("referral", form.referral());
    context.setVariable("shared", form.shared());
    context.setVariable("sentAt", dates.utc(form.referral().sentAt()));
    context.setVariable("printedAt", isolated(dates.utc(clock.instant()), rtl));
    context.setVariable("dir", new Directions());
    context.setVariable("lang", locale.toLanguageTag());
    context.setVariable("rtl", rtl);
    String html = templates.process(TEMPLATE, context);

    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("Safar");
    // a tagged, accessible PDF; this also leaves out the PDF base fonts, whose lookup would make
    // PDFBox scan the server's own font folders
    builder.usePdfUaAccessibility(true);
    builder.withHtmlContent(html, null);
    // no network, no files: the form needs nothing but its own markup and the fonts below
    builder.useUriResolver((base, uri) -> null);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    for (LoadedFont f : fonts) {
      builder.useFont(
          () -> new ByteArrayInputStream(f.bytes()),
          f.font().family(),
          f.font().weight(),
          FontStyle.NORMAL,
          true);
    }
    builder.useUnicodeBidiSplitter(IcuBidi.splitters());
    builder.useUnicodeBidiReorderer(IcuBidi.reorderer());
    builder.defaultTextDirection(rtl ? TextDirection.RTL : TextDirection.LTR);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The referral form could not be drawn", e);
    }
    return pdf.toByteArray();
  }

  /**
   * The direction of typed text (a name, a reason) from its first letter, as a class for the
   * template, so a Latin reason keeps its full stop at its end on an Arabic form and an Arabic name
   * reads right to left on an English one. Text with no letter takes the page's direction.
   */
  public static final class Directions {
    public String of(String text) {
      return switch (text == null ? Bidi.NEUTRAL : Bidi.getBaseDirection(text)) {
        case Bidi.LTR -> "dir-ltr";
        case Bidi.RTL -> "dir-rtl";
        default -> "";
      };
    }
  }

  /** A date or number inside a right-to-left sentence, kept in its own left-to-right order. */
  private static String isolated(String text, boolean rtl) {
    return rtl ? "\u2066" + text + "\u2069" : text;
  }

  private static byte[] read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Missing font " + path, e);
    }
  }
}
