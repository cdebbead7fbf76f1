package org.safar.assistance;

/** The list's search and filters; each may be empty. */
public record ActionFilter(
    String text,
    Long project,
    String country,
    Region region,
    ActionTheme theme,
    ActionStatus status) {

  public static ActionFilter none() {
    return new ActionFilter(null, null, null, null, null, null);
  }
}
