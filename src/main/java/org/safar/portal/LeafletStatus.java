package org.safar.portal;

/** Where a leaflet is in its workflow: draft → in review → published → archived. */
public enum LeafletStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED;

  public String messageKey() {
    return "leaflet.status." + name();
  }
}
