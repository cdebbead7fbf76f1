package org.safar.counselling;

/** How an inquiry or session reached the MRC. */
public enum Channel implements Term {
  WALK_IN,
  HOTLINE,
  MESSENGER,
  WHATSAPP,
  EMAIL,
  PORTAL,
  OUTREACH;

  @Override
  public String vocabulary() {
    return "channel";
  }
}
