package org.safar.identity;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code as an SVG {@code data:} image, drawn on the server: the page needs no script, and the
 * Content-Security-Policy already allows {@code data:} images. One path of unit squares keeps it
 * small (about 2 KB for an otpauth URI).
 */
final class QrCode {

  private static final int QUIET_ZONE = 4;

  private QrCode() {}

  static String svgDataUri(String text) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      QUIET_ZONE,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Too long for a QR code", e);
    }
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
            + width
            + " "
            + height
            + "\" shape-rendering=\"crispEdges\"><rect width=\""
            + width
            + "\" height=\""
            + height
            + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
            + path
            + "\"/></svg>";
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }
}
