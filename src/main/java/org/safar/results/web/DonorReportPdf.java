package org.safar.results.web;

import java.time.Clock;
import java.util.Locale;
import org.safar.pdf.PdfDocuments;
import org.safar.shell.DateDisplay;
import org.safar.shell.SupportedLocale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Draws a donor report: the Thymeleaf template {@code results/donor-report-pdf}, in the reader's
 * language, made into a PDF by {@link PdfDocuments} as the referral form is.
 */
@Component
class DonorReportPdf {

  static final String TEMPLATE = "results/donor-report-pdf";

  private final ITemplateEngine templates;
  private final DateDisplay dates;
  private final Clock clock;
  private final PdfDocuments pdf;

  DonorReportPdf(ITemplateEngine templates, DateDisplay dates, Clock clock, PdfDocuments pdf) {
    this.templates = templates;
    this.dates = dates;
    this.clock = clock;
    this.pdf = pdf;
  }

  byte[] render(DonorReportView view, Locale locale) {
    return render(view, locale, () -> {});
  }

  /** As {@link #render(DonorReportView, Locale)}, calling {@code writing} between HTML and PDF. */
  byte[] render(DonorReportView view, Locale locale, Runnable writing) {
    boolean rtl = SupportedLocale.of(locale).rightToLeft();
    Context context = new Context(locale);
    context.setVariable("view", view);
    context.setVariable("report", view.content().report());
    context.setVariable("project", view.content().project());
    context.setVariable("printedAt", dates.utc(clock.instant()));
    context.setVariable("lang", locale.toLanguageTag());
    context.setVariable("rtl", rtl);
    String html = templates.process(TEMPLATE, context);
    writing.run();

    return pdf.render(html, rtl, "The donor report");
  }
}
