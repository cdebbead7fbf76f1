package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One-time codes against the published test vectors of RFC 4226 and RFC 6238. */
class TotpTest {

  /** The secret both RFCs use for HMAC-SHA1: the ASCII digits "12345678901234567890". */
  static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
    "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"
  })
  void hotpMatchesRfc4226AppendixD(long counter, String expected) {
    assertThat(Totp.code(RFC_SECRET, counter, 6)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void totpMatchesRfc6238AppendixBForSha1(long unixTime, String expected) {
    long step = Totp.step(Instant.ofEpochSecond(unixTime));
    assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(expected);
    // the six digits an app shows are the last six of the same value
    assertThat(Totp.code(RFC_SECRET, step)).isEqualTo(expected.substring(2));
  }

  @Test
  void aCodeFromTheStepBeforeOrAfterIsAcceptedButNotFurther() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    long step = Totp.step(now);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now)).hasValue(step);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now))
        .hasValue(step - 1);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now))
        .hasValue(step + 1);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
  }

  @Test
  void spacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
    Instant now = Instant.ofEpochSecond(59);
    String code = Totp.code(RFC_SECRET, Totp.step(now));
    assertThat(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now))
        .isPresent();
    assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, code + "0", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI"
  })
  void base32MatchesRfc4648(String plain, String encoded) {
    assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
    assertThat(Base32.decode(encoded.toLowerCase()))
        .asString(StandardCharsets.US_ASCII)
        .isEqualTo(plain);
  }
}
