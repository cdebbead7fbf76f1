package org.safar.counselling;

import java.time.LocalDate;
import java.util.Set;

/** A session as the list shows it, with the client's name. */
public record SessionRow(
    long id,
    long clientId,
    String clientName,
    long counsellorId,
    Channel channel,
    LocalDate heldOn,
    int durationMinutes,
    Set<Topic> topics) {}
