package org.safar.counselling;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The before/after intention figure for an MRC, computed from the records at the moment asked. */
@Service
public class IntentionShifts {

  private final IntentionRepository repository;
  private final DeskAccess access;
  private final Clock clock;

  IntentionShifts(IntentionRepository repository, DeskAccess access, Clock clock) {
    this.repository = repository;
    this.access = access;
    this.clock = clock;
  }

  /** Clients whose intake at the MRC fell between the days (both included; a year by default). */
  @Transactional(readOnly = true)
  public IntentionShift atMrc(long mrcId, LocalDate from, LocalDate to) {
    access.require(mrcId, "org_unit", mrcId);
    LocalDate end = to != null ? to : LocalDate.now(clock);
    LocalDate start = from != null ? from : end.minusYears(1);
    return repository.shift(new Long[] {mrcId}, start, end);
  }
}
