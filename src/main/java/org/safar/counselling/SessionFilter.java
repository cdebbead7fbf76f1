package org.safar.counselling;

import java.time.LocalDate;

/** What the session list is narrowed to; every part is optional, dates inclusive. */
public record SessionFilter(
    Long mrcId, Topic topic, Channel channel, Long counsellorId, LocalDate from, LocalDate to) {}
