package org.safar.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, 6 digits,
 * a new code every 30 seconds. A code from the step before or after is accepted too, because phone
 * clocks drift and people type slowly.
 */
final class Totp {

  static final int DIGITS = 6;
  static final long STEP_SECONDS = 30;
  static final int TOLERANCE_STEPS = 1;

  private Totp() {}

  /** The time step an instant falls in (the moving factor T of RFC 6238). */
  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  static String code(byte[] secret, long step) {
    return code(secret, step, DIGITS);
  }

  /** The HOTP value (RFC 4226) of the secret for one counter, zero-padded to the digits. */
  static String code(byte[] secret, long counter, int digits) {
    byte[] hash;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    int value = binary % (int) Math.pow(10, digits);
    return String.format("%0" + digits + "d", value);
  }

  /**
   * The time step whose code was typed, within the tolerance around now; empty when none matches.
   * Every candidate is compared in constant time, so timing tells nothing about near misses.
   */
  static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
    String code = typed == null ? "" : typed.replaceAll("\\s", "");
    if (!code.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    OptionalLong found = OptionalLong.empty();
    for (long s = current - TOLERANCE_STEPS; s <= current + TOLERANCE_STEPS; s++) {
      if (MessageDigest.isEqual(
          code(secret, s).getBytes(StandardCharsets.US_ASCII),
          code.getBytes(StandardCharsets.US_ASCII))) {
        found = OptionalLong.of(s);
      }
    }
    return found;
  }
}
