package org.safar.training;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The rules every participant meets, typed in a form or read from a file: a name, a sex from the
 * vocabulary, scores from 0 to 100, and no post-test without a pre-test.
 */
final class ParticipantRules {

  static final int MAX_TEXT = 200;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final java.util.regex.Pattern SPACES =
      java.util.regex.Pattern.compile("\\s{2,}|[\\t\\n\\r\\x0B\\f]");

  private ParticipantRules() {}

  /** A broken rule: the field (or file column) and the message key that explains it. */
  record Problem(String field, String messageKey) {}

  /** The first rule the participant breaks, or null. */
  static Problem check(ParticipantDraft d) {
    if (d.fullName() == null) {
      return new Problem("fullName", "training.participant.error.name");
    }
    if (d.fullName().length() > MAX_TEXT) {
      return new Problem("fullName", "training.participant.error.tooLong");
    }
    if (d.sex() == null) {
      return new Problem("sex", "training.participant.error.sex");
    }
    if (d.institution() != null && d.institution().length() > MAX_TEXT) {
      return new Problem("institution", "training.participant.error.tooLong");
    }
    if (d.position() != null && d.position().length() > MAX_TEXT) {
      return new Problem("position", "training.participant.error.tooLong");
    }
    if (!inRange(d.preScore())) {
      return new Problem("preScore", "training.participant.error.score");
    }
    if (!inRange(d.postScore())) {
      return new Problem("postScore", "training.participant.error.score");
    }
    if (d.postScore() != null && d.preScore() == null) {
      return new Problem("postScore", "training.participant.error.postWithoutPre");
    }
    return null;
  }

  private static boolean inRange(BigDecimal score) {
    return score == null
        || score.signum() >= 0 && score.compareTo(HUNDRED) <= 0 && score.scale() <= 2;
  }

  /** Trimmed text with inner runs of white space made one space; null when blank. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (SPACES.matcher(t).find()) {
      t = t.replaceAll("\\s+", " ");
    }
    return t.isEmpty() ? null : t;
  }

  /**
   * A score as typed: digits with a decimal point or comma; null when blank.
   *
   * @throws NumberFormatException when it is no number
   */
  static BigDecimal score(String s) {
    String t = s == null ? "" : s.strip();
    if (t.isEmpty()) {
      return null;
    }
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return new BigDecimal(t.replace(',', '.'));
  }

  /** What makes two rows the same person: the name and the institution, in any case. */
  static String key(String name, String institution) {
    return (name == null ? "" : name.toLowerCase(Locale.ROOT))
        + "\u0000"
        + (institution == null ? "" : institution.toLowerCase(Locale.ROOT));
  }
}
