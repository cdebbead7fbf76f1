package org.safar.portfolio;

/** Programme → project → component. */
public enum PortfolioLevel {
  PROGRAMME,
  PROJECT,
  COMPONENT;

  public String messageKey() {
    return "portfolio.level." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
