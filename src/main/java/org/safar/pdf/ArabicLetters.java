package org.safar.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.DecompositionType;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;

/**
 * Joins Arabic-script letters for a renderer that cannot: PDFBox draws one glyph per character and
 * applies no OpenType rules, so each letter is replaced by its presentation form (isolated, final,
 * initial or medial) from Unicode's compatibility decompositions, which the Noto Naskh Arabic font
 * carries. ICU's own {@code ArabicShaping} joins only the letters of Arabic itself and leaves the
 * Persian ones (پ چ ژ گ ک ی) unjoined, which would break every second word of Dari.
 *
 * <p>Vowel and other combining marks are left out: without OpenType mark positioning they would be
 * drawn beside their letter instead of above or below it. Printed Arabic and Dari normally go
 * without them.
 */
final class ArabicLetters {

  private static final int ISOLATED = 0;
  private static final int FINAL = 1;
  private static final int INITIAL = 2;
  private static final int MEDIAL = 3;
  private static final int LAM = 0x0644;

  /** A letter's presentation forms by position (0 where it has none). */
  private static final Map<Integer, int[]> FORMS = new HashMap<>();

  /** Lam followed by each kind of alef: the ligature, isolated and final. */
  private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

  static {
    Normalizer2 nfkd = Normalizer2.getNFKDInstance();
    for (int cp = 0xFB50; cp <= 0xFEFC; cp++) {
      if (cp > 0xFDFF && cp < 0xFE70) {
        continue;
      }
      int position = position(UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE));
      String base = nfkd.getRawDecomposition(cp);
      if (position < 0 || base == null) {
        continue;
      }
      int[] letters = base.codePoints().toArray();
      if (letters.length == 1) {
        FORMS.computeIfAbsent(letters[0], k -> new int[4]);
        if (FORMS.get(letters[0])[position] == 0) {
          FORMS.get(letters[0])[position] = cp;
        }
      } else if (letters.length == 2 && letters[0] == LAM && position <= FINAL) {
        LAM_ALEF.computeIfAbsent(letters[1], k -> new int[2])[position] = cp;
      }
    }
  }

  private ArabicLetters() {}

  private static int position(int decompositionType) {
    return switch (decompositionType) {
      case DecompositionType.ISOLATED -> ISOLATED;
      case DecompositionType.FINAL -> FINAL;
      case DecompositionType.INITIAL -> INITIAL;
      case DecompositionType.MEDIAL -> MEDIAL;
      default -> -1;
    };
  }

  /** Text in logical order, each Arabic-script letter in the form its neighbours call for. */
  static String shape(String text) {
    int[] cps = text.codePoints().filter(cp -> !arabicMark(cp)).toArray();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      int[] forms = FORMS.get(c);
      if (forms == null) {
        out.appendCodePoint(c);
        continue;
      }
      boolean joinsPrevious = joinsPrevious(cps, i);
      int next = next(cps, i);
      if (c == LAM && next >= 0 && LAM_ALEF.containsKey(cps[next])) {
        int[] ligature = LAM_ALEF.get(cps[next]);
        out.appendCodePoint(ligature[joinsPrevious ? FINAL : ISOLATED]);
        i = next;
        continue;
      }
      boolean joinsNext =
          canJoinNext(c) && next >= 0 && (canJoinPrevious(cps[next]) || causes(cps[next]));
      int position =
          joinsPrevious && joinsNext
              ? MEDIAL
              : joinsPrevious ? FINAL : joinsNext ? INITIAL : ISOLATED;
      out.appendCodePoint(form(forms, position, c));
    }
    return out.toString();
  }

  /** The letters back from their presentation forms (for text a font cannot draw shaped). */
  static String unshape(String text) {
    Normalizer2 nfkd = Normalizer2.getNFKDInstance();
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              boolean presentation =
                  (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
              int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
              if (presentation && position(type) >= 0 && nfkd.getRawDecomposition(cp) != null) {
                out.append(nfkd.getRawDecomposition(cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private static int form(int[] forms, int position, int letter) {
    int[] fallbacks =
        switch (position) {
          case MEDIAL -> new int[] {MEDIAL, FINAL, ISOLATED};
          case INITIAL -> new int[] {INITIAL, ISOLATED};
          case FINAL -> new int[] {FINAL, ISOLATED};
          default -> new int[] {ISOLATED};
        };
    for (int p : fallbacks) {
      if (forms[p] != 0) {
        return forms[p];
      }
    }
    return letter;
  }

  private static boolean joinsPrevious(int[] cps, int i) {
    if (!canJoinPrevious(cps[i])) {
      return false;
    }
    for (int j = i - 1; j >= 0; j--) {
      if (joiningType(cps[j]) != JoiningType.TRANSPARENT) {
        return canJoinNext(cps[j]) || causes(cps[j]);
      }
    }
    return false;
  }

  private static int next(int[] cps, int i) {
    for (int j = i + 1; j < cps.length; j++) {
      if (joiningType(cps[j]) != JoiningType.TRANSPARENT) {
        return j;
      }
    }
    return -1;
  }

  /** Joins the letter before it (on its right): dual- and right-joining letters. */
  private static boolean canJoinPrevious(int cp) {
    int t = joiningType(cp);
    return t == JoiningType.DUAL_JOINING || t == JoiningType.RIGHT_JOINING;
  }

  /** Joins the letter after it (on its left): dual- and left-joining letters. */
  private static boolean canJoinNext(int cp) {
    int t = joiningType(cp);
    return t == JoiningType.DUAL_JOINING || t == JoiningType.LEFT_JOINING;
  }

  /** The tatweel and the zero-width joiner join whatever is beside them. */
  private static boolean causes(int cp) {
    return joiningType(cp) == JoiningType.JOIN_CAUSING;
  }

  private static int joiningType(int cp) {
    return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
  }

  private static boolean arabicMark(int cp) {
    return cp >= 0x0610 && cp <= 0x08FF && UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK;
  }
}
