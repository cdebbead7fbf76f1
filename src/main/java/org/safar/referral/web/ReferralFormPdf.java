package org.safar.referral.web;

import com.ibm.icu.text.Bidi;
import java.time.Clock;
import java.util.Locale;
import org.safar.pdf.PdfDocuments;
import org.safar.referral.PrintableReferral;
import org.safar.shell.DateDisplay;
import org.safar.shell.SupportedLocale;
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

  private final ITemplateEngine templates;
  private final DateDisplay dates;
  private final Clock clock;
  private final PdfDocuments pdf;

  ReferralFormPdf(ITemplateEngine templates, DateDisplay dates, Clock clock, PdfDocuments pdf) {
    this.templates = templates;
    this.dates = dates;
    this.clock = clock;
    this.pdf = pdf;
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

    return pdf.render(html, rtl, "The referral form");
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
}
