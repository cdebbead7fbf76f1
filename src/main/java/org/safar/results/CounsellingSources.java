package org.safar.results;

import static org.safar.results.Dimension.AGE_BAND;
import static org.safar.results.Dimension.CHANNEL;
import static org.safar.results.Dimension.INTENTION;
import static org.safar.results.Dimension.KIND;
import static org.safar.results.Dimension.MIGRANT_STATUS;
import static org.safar.results.Dimension.OUTCOME;
import static org.safar.results.Dimension.SERVICE;
import static org.safar.results.Dimension.SEX;
import static org.safar.results.Dimension.STAGE;
import static org.safar.results.Dimension.STATUS;
import static org.safar.results.Dimension.TOPIC;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sources over the counselling desk and referrals (views in V1_910). */
@Configuration(proxyBeanMethods = false)
class CounsellingSources {

  /** Individual counselling sessions; distinct persons are the unique clients counselled. */
  @Bean
  IndicatorSource sessionsSource() {
    return new ViewSource(
        "SESSIONS",
        "results_session",
        Set.of(SEX, AGE_BAND, MIGRANT_STATUS, CHANNEL, TOPIC),
        true,
        true);
  }

  /** People at group sessions, counted by sex and age band (not persons: contacts). */
  @Bean
  IndicatorSource groupAttendanceSource() {
    return new ViewSource(
        "GROUP_ATTENDANCE", "results_group_attendance", Set.of(SEX, AGE_BAND, KIND), false, false);
  }

  @Bean
  IndicatorSource inquiriesSource() {
    return new ViewSource("INQUIRIES", "results_inquiry", Set.of(CHANNEL, STATUS), false, false);
  }

  @Bean
  IndicatorSource referralsSource() {
    return new ViewSource(
        "REFERRALS",
        "results_referral",
        Set.of(SEX, AGE_BAND, MIGRANT_STATUS, SERVICE, STATUS, OUTCOME),
        true,
        false);
  }

  /** Stated intentions at intake and follow-up: the before/after shares. */
  @Bean
  IndicatorSource intentionsSource() {
    return new ViewSource(
        "INTENTIONS",
        "results_intention",
        Set.of(SEX, AGE_BAND, MIGRANT_STATUS, STAGE, INTENTION),
        true,
        true);
  }

  @Bean
  IndicatorSource followUpsSource() {
    return new ViewSource(
        "FOLLOW_UPS",
        "results_follow_up",
        Set.of(SEX, AGE_BAND, MIGRANT_STATUS, STATUS),
        true,
        false);
  }

  record ViewSource(
      String code, String relation, Set<Dimension> dimensions, boolean hasPersons, boolean hasValue)
      implements IndicatorSource {}
}
