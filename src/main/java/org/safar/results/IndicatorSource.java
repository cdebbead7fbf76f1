package org.safar.results;

import java.util.Set;

/**
 * A kind of record an indicator can count. Adding one (trainings, outreach events, deliverables)
 * takes two steps: a SQL view in {@code db/migration/results/} (or the owning module's block) with
 * the base columns {@code on_date, org_unit_id, country, subject_id, amount, value, protected} and
 * one column per dimension the rows carry (see {@code V1_910__indicator_sources.sql}), and a Spring
 * bean implementing this interface that names the view and those dimensions. The engine, the forms,
 * the API and the dashboards pick it up from there.
 */
public interface IndicatorSource {

  /** Stored in the indicator row; never change it once indicators use it. */
  String code();

  /** The view (or a parenthesised select aliased by the engine) the rows come from. */
  String relation();

  /** The dimensions the rows carry, besides the periods, MRC and country every source has. */
  Set<Dimension> dimensions();

  /** Whether rows are about one person each ({@code subject_id}), so persons can be counted. */
  boolean hasPersons();

  /** Whether rows carry a number to sum ({@code value}). */
  boolean hasValue();

  default String messageKey() {
    return "results.source." + code().toLowerCase(java.util.Locale.ROOT);
  }

  /** Every dimension the source's rows can be broken down by or filtered on. */
  default boolean supports(Dimension d) {
    return d.isPeriod() || d == Dimension.MRC || d == Dimension.COUNTRY || dimensions().contains(d);
  }
}
