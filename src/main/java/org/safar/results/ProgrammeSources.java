package org.safar.results;

import static org.safar.results.Dimension.AGE_BAND;
import static org.safar.results.Dimension.KIND;
import static org.safar.results.Dimension.SEX;
import static org.safar.results.Dimension.STATUS;

import java.util.Set;
import org.safar.results.CounsellingSources.ViewSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sources over the programme modules' records: trainings, outreach events and technical
 * assistance (views in V1_920). None of them is about a known person, so none counts persons.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeSources {

  /**
   * People trained: listed participants and the head counts of trainings that keep only counts, by
   * sex and kind of training; the number to sum is a listed participant's knowledge gain (post-test
   * minus pre-test score, in points).
   */
  @Bean
  IndicatorSource trainingParticipantsSource() {
    return new ViewSource(
        "TRAINING_PARTICIPANTS", "results_training_participant", Set.of(SEX, KIND), false, true);
  }

  /** People at outreach events, counted by sex and age band (contacts, not unique persons). */
  @Bean
  IndicatorSource outreachAttendanceSource() {
    return new ViewSource(
        "OUTREACH_ATTENDANCE",
        "results_outreach_attendance",
        Set.of(SEX, AGE_BAND, KIND),
        false,
        false);
  }

  /** The reach of outreach events (media contacts): never people, so a source of its own. */
  @Bean
  IndicatorSource outreachReachSource() {
    return new ViewSource("OUTREACH_REACH", "results_outreach_reach", Set.of(KIND), false, false);
  }

  /** Technical-assistance deliverables by their current status (adopted, validated, drafted). */
  @Bean
  IndicatorSource taDeliverablesSource() {
    return new ViewSource(
        "TA_DELIVERABLES", "results_ta_deliverable", Set.of(STATUS, KIND), false, false);
  }
}
