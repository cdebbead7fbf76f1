package org.safar.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which records count: for each dimension, the codes any of which a record must have. Stored as
 * {@code DIMENSION:CODE} entries; codes are upper-case words or numbers (MRC ids).
 */
public record Filters(Map<Dimension, Set<String>> codes) {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

  public static final Filters NONE = new Filters(Map.of());

  public Filters {
    Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
    codes.forEach(
        (d, c) -> {
          if (!c.isEmpty()) {
            copy.put(d, Set.copyOf(new LinkedHashSet<>(c)));
          }
        });
    codes = Map.copyOf(copy);
  }

  public boolean isEmpty() {
    return codes.isEmpty();
  }

  /** Parses {@code DIMENSION:CODE} entries; a bad entry is an {@link InvalidIndicatorException}. */
  public static Filters parse(Collection<String> entries, String field) {
    Map<Dimension, Set<String>> codes = new EnumMap<>(Dimension.class);
    for (String entry : entries) {
      String e = entry.trim();
      if (e.isEmpty()) {
        continue;
      }
      int colon = e.indexOf(':');
      Dimension d = colon < 0 ? null : Dimension.fromParameter(e.substring(0, colon).trim());
      String code =
          colon < 0 ? "" : e.substring(colon + 1).trim().toUpperCase(java.util.Locale.ROOT);
      if (d == null || d.isPeriod() || !CODE.matcher(code).matches()) {
        throw new InvalidIndicatorException(field, "results.error.filter", e);
      }
      codes.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(code);
    }
    return new Filters(codes);
  }

  /** Lines of text, as the form shows them: one {@code DIMENSION:CODE} a line. */
  public static Filters parseLines(String text, String field) {
    return text == null ? NONE : parse(List.of(text.split("[\\r\\n,;]+")), field);
  }

  public Filters and(Filters other) {
    Map<Dimension, Set<String>> merged = new EnumMap<>(Dimension.class);
    codes.forEach((d, c) -> merged.put(d, new LinkedHashSet<>(c)));
    other.codes.forEach(
        (d, c) ->
            merged.merge(
                d,
                c,
                (a, b) -> {
                  Set<String> both = new LinkedHashSet<>(a);
                  both.retainAll(b);
                  // no code in common: nothing can match; keep an impossible code so the SQL says
                  // so
                  return both.isEmpty() ? Set.of("NONE_MATCHES") : both;
                }));
    return new Filters(merged);
  }

  public String[] toArray() {
    List<String> out = new ArrayList<>();
    codes.forEach((d, c) -> c.forEach(code -> out.add(d.name() + ":" + code)));
    return out.toArray(String[]::new);
  }

  public String toLines() {
    return String.join("\n", toArray());
  }
}
