package org.safar.counselling;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A group session as recorded; counts are keyed "SEX/AGE_BAND". */
public record GroupSessionDraft(
    long mrcId,
    GroupSessionKind kind,
    LocalDate heldOn,
    String place,
    Set<Topic> topics,
    String notes,
    Map<String, Integer> counts) {}
