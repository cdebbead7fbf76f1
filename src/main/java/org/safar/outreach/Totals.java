package org.safar.outreach;

/**
 * What a set of events achieved: persons who attended and reach (non-unique contacts). They are
 * different things and are shown side by side, never added.
 */
public record Totals(long people, long reach) {}
