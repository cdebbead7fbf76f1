package org.safar.results.web;

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
import org.safar.shell.DateDisplay;
import org.safar.shell.SupportedLocale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Draws a donor report: the Thymeleaf template {@code results/donor-report-pdf} made into a PDF by
 * openhtmltopdf with the Noto fonts in {@code pdf-fonts/}, as the referral form is (the builder
 * set-up, {@link IcuBidi}, {@link ArabicLetters} and {@link Slf4jXrLogger} are copies of
 * referral's, to be shared once a second module needs them). Nothing is fetched while rendering.
 */
@Component
class DonorReportPdf {

  static final String TEMPLATE = "results/donor-report-pdf";

  static {
    XRLog.setLoggerImpl(new Slf4jXrLogger());
  }

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

  DonorReportPdf(ITemplateEngine templates, DateDisplay dates, Clock clock) {
    this.templates = templates;
    this.dates = dates;
    this.clock = clock;
    this.fonts = FONTS.stream().map(f -> new LoadedFont(f, read("pdf-fonts/" + f.file()))).toList();
  }

  byte[] render(DonorReportView view, Locale locale) {
    boolean rtl = SupportedLocale.of(locale).rightToLeft();
    Context context = new Context(locale);
    context.setVariable("view", view);
    context.setVariable("report", view.content().report());
    context.setVariable("project", view.content().project());
    context.setVariable("printedAt", dates.utc(clock.instant()));
    context.setVariable("lang", locale.toLanguageTag());
    context.setVariable("rtl", rtl);
    String html = templates.process(TEMPLATE, context);

    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("Safar");
    builder.usePdfUaAccessibility(true);
    builder.withHtmlContent(html, null);
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
      throw new UncheckedIOException("The donor report could not be drawn", e);
    }
    return pdf.toByteArray();
  }

  private static byte[] read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Missing font " + path, e);
    }
  }
}
