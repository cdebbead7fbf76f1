package org.safar.news;

/** What an uploaded image is, by its first bytes (not by its name or the browser's word). */
final class Images {

  static final int MAX_BYTES = 2 * 1024 * 1024;

  private Images() {}

  /** The image's content type, or null when it is not a JPEG, PNG or WebP image. */
  static String type(byte[] b) {
    if (b == null || b.length < 12) {
      return null;
    }
    if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    if ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b[0] == 'R'
        && b[1] == 'I'
        && b[2] == 'F'
        && b[3] == 'F'
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P') {
      return "image/webp";
    }
    return null;
  }
}
