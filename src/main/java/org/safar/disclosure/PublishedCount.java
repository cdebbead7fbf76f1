package org.safar.disclosure;

/**
 * One cell or total as it may leave the server: either its number, or the fact that it is hidden. A
 * hidden count carries no number at all, so a template cannot print it by mistake.
 */
public sealed interface PublishedCount {

  boolean isShown();

  static PublishedCount shown(int value) {
    return new Shown(value);
  }

  static PublishedCount suppressed(SuppressionReason reason) {
    return new Suppressed(reason);
  }

  /** A count that may be shown as it is. */
  record Shown(int value) implements PublishedCount {
    @Override
    public boolean isShown() {
      return true;
    }

    @Override
    public String toString() {
      return Integer.toString(value);
    }
  }

  /** A hidden count; show every one the same way, whatever the reason. */
  record Suppressed(SuppressionReason reason) implements PublishedCount {
    public Suppressed {
      if (reason == null) {
        throw new IllegalArgumentException("a hidden count needs its reason");
      }
    }

    @Override
    public boolean isShown() {
      return false;
    }

    @Override
    public String toString() {
      return reason == SuppressionReason.PRIMARY ? "[P]" : "[C]";
    }
  }
}
