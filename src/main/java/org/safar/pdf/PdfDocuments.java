package org.safar.pdf;

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
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Makes XHTML (a processed Thymeleaf template) into a tagged A4 PDF. Nothing is fetched while
 * rendering: the fonts are given from memory ({@code pdf-fonts/}, read once) and every other
 * resource (image, style sheet, font URL) is refused. Templates name the families "Noto Sans" and
 * "Noto Naskh Arabic".
 */
@Component
public class PdfDocuments {

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

  private final List<LoadedFont> fonts;

  PdfDocuments() {
    this.fonts = FONTS.stream().map(f -> new LoadedFont(f, read("pdf-fonts/" + f.file()))).toList();
  }

  /**
   * The PDF of {@code xhtml}; {@code rightToLeft} sets the default direction of its text. {@code
   * what} names the document in the error raised if it cannot be drawn.
   */
  public byte[] render(String xhtml, boolean rightToLeft, String what) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("Safar");
    // a tagged, accessible PDF; this also leaves out the PDF base fonts, whose lookup would make
    // PDFBox scan the server's own font folders
    builder.usePdfUaAccessibility(true);
    builder.withHtmlContent(xhtml, null);
    // no network, no files: a document needs nothing but its own markup and the fonts below
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
    builder.defaultTextDirection(rightToLeft ? TextDirection.RTL : TextDirection.LTR);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(what + " could not be drawn", e);
    }
    return pdf.toByteArray();
  }

  private static byte[] read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("A bundled font is missing: " + path, e);
    }
  }
}
