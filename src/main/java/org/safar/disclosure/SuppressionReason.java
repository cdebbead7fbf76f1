package org.safar.disclosure;

/**
 * Why a count is hidden. Kept for the server (audit, tests), not for the page: a page that marked
 * the primary cells differently would tell the reader which hidden counts are the small ones.
 */
public enum SuppressionReason {
  /** The count itself is below the threshold (and is not zero). */
  PRIMARY,
  /** The count is large enough, but showing it would let a reader work out a hidden one. */
  COMPLEMENTARY
}
