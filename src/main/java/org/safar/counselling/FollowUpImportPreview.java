package org.safar.counselling;

import java.util.List;
import java.util.UUID;

/**
 * What an uploaded follow-up survey file would do, before anything is saved: how many submissions
 * close a follow-up that was due, how many make a new follow-up (already done), how many were
 * imported before and are skipped, and every row that cannot be taken.
 */
public record FollowUpImportPreview(
    UUID id,
    String fileName,
    int rows,
    int toClose,
    int toCreate,
    int alreadyImported,
    List<FollowUpImportError> errors) {

  public FollowUpImportPreview {
    errors = List.copyOf(errors);
  }

  /** A file with any error is refused whole; so is one with nothing new in it. */
  public boolean canConfirm() {
    return errors.isEmpty() && toClose + toCreate > 0;
  }
}
