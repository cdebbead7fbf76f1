package org.safar.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Dated work another module records (technical-assistance activities, trainings, outreach events,
 * dialogue meetings), for the programme calendar ({@code /portfolio/calendar}). A module declares
 * one bean per kind of record; the calendar shows every source the reader's roles may read, each
 * within the reader's org-unit scope. The portfolio depends on none of them.
 */
public interface ScheduledWork {

  /** Message key naming the kind of record, e.g. {@code nav.trainings}. */
  String headingKey();

  /** Role names (without {@code ROLE_}) that may read these records. */
  Set<String> readers();

  /**
   * Records in the signed-in person's scope that run on any day from {@code from} to {@code to}.
   */
  List<Scheduled> between(LocalDate from, LocalDate to);

  /**
   * One dated record: its days, a message key for its kind, its title (null when it has none), its
   * place (may be null) and the link to its page.
   */
  record Scheduled(
      LocalDate starts, LocalDate ends, String kindKey, String title, String place, String path) {

    public Scheduled {
      ends = ends == null ? starts : ends;
    }
  }
}
