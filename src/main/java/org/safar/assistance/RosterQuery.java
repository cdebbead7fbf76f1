package org.safar.assistance;

/**
 * One search over the roster: text in the name, employer or nationality; an area of expertise; and
 * deployments of a kind of activity in a country or region. "Who has done study visits on
 * trafficking in Central Asia" is expertise TRAFFICKING, kind STUDY_VISIT, region CENTRAL_ASIA.
 */
public record RosterQuery(
    String text, ActionTheme expertise, ActivityKind kind, String country, Region region) {

  /** Whether the search asks about deployments, not only about the experts themselves. */
  public boolean aboutDeployments() {
    return kind != null || country != null || region != null;
  }
}
