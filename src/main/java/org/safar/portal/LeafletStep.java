package org.safar.portal;

import java.util.Set;

/** A move in the leaflet workflow, from the states it starts from to the state it leads to. */
public enum LeafletStep {
  /** An editor hands the draft over for review. */
  SUBMIT(Set.of(LeafletStatus.DRAFT), LeafletStatus.IN_REVIEW, false),
  /** A reviewer sends it back to draft. */
  SEND_BACK(Set.of(LeafletStatus.IN_REVIEW), LeafletStatus.DRAFT, true),
  /** A reviewer publishes it: from then on it is on the portal. */
  PUBLISH(Set.of(LeafletStatus.IN_REVIEW), LeafletStatus.PUBLISHED, true),
  /** Taken off the portal, kept for the record (asks for confirmation). */
  ARCHIVE(
      Set.of(LeafletStatus.DRAFT, LeafletStatus.IN_REVIEW, LeafletStatus.PUBLISHED),
      LeafletStatus.ARCHIVED,
      true),
  /** An archived leaflet becomes a draft again. */
  REOPEN(Set.of(LeafletStatus.ARCHIVED), LeafletStatus.DRAFT, false);

  private final Set<LeafletStatus> from;
  private final LeafletStatus to;
  private final boolean review;

  LeafletStep(Set<LeafletStatus> from, LeafletStatus to, boolean review) {
    this.from = from;
    this.to = to;
    this.review = review;
  }

  public boolean allowedFrom(LeafletStatus status) {
    return from.contains(status);
  }

  public LeafletStatus to() {
    return to;
  }

  /** Whether the step is a reviewer's (programme managers may take it too). */
  public boolean review() {
    return review;
  }

  public String messageKey() {
    return "leaflet.step." + name();
  }
}
