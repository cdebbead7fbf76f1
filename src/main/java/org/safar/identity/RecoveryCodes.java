package org.safar.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes, for when the phone with the authenticator is lost. Each has 80 random
 * bits (16 Base32 letters and digits, shown in groups of four), so a plain SHA-256 of it is safe to
 * store: nobody can try all codes against a stolen hash, as they could with a password.
 */
final class RecoveryCodes {

  static final int COUNT = 10;
  private static final int BYTES = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  static List<String> generate() {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      byte[] bytes = new byte[BYTES];
      RANDOM.nextBytes(bytes);
      String plain = Base32.encode(bytes).toLowerCase(Locale.ROOT);
      codes.add(String.join("-", plain.split("(?<=\\G.{4})")));
    }
    return codes;
  }

  /** What is stored: the hash of the code without case, spaces or dashes. */
  static String hash(String code) {
    String normal = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static List<String> hashes(List<String> codes) {
    return codes.stream().map(RecoveryCodes::hash).toList();
  }
}
