package org.safar.portal;

import java.math.BigDecimal;

/** What the portal adds to an MRC's org unit: its place on a map and how to find it. */
public record MrcProfile(
    BigDecimal latitude, BigDecimal longitude, String directions, boolean listed) {}
