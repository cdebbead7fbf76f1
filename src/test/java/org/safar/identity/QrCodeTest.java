package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The setup page's QR code reads back as the otpauth URI, as a phone's camera would read it. */
class QrCodeTest {

  private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
  private static final int SCALE = 4;

  @Test
  void theSvgDecodesToTheUriItWasMadeFrom() throws Exception {
    String uri =
        "otpauth://totp/Safar:amina.k?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Safar"
            + "&algorithm=SHA1&digits=6&period=30";
    String dataUri = QrCode.svgDataUri(uri);
    assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
    String svg =
        new String(
            Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)),
            StandardCharsets.UTF_8);
    assertThat(svg).doesNotContain("<script").doesNotContain("style=");

    Matcher size = SIZE.matcher(svg);
    assertThat(size.find()).isTrue();
    int width = Integer.parseInt(size.group(1)) * SCALE;
    int height = Integer.parseInt(size.group(2)) * SCALE;
    int[] pixels = new int[width * height];
    Arrays.fill(pixels, 0xffffffff);
    Matcher module = MODULE.matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1));
      int y = Integer.parseInt(module.group(2));
      for (int dy = 0; dy < SCALE; dy++) {
        for (int dx = 0; dx < SCALE; dx++) {
          pixels[(y * SCALE + dy) * width + x * SCALE + dx] = 0xff000000;
        }
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(uri);
  }
}
