package org.safar.results.web;

import java.util.List;
import java.util.Locale;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnits;
import org.safar.results.Dimension;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** The words for a dimension's codes: vocabulary labels, MRC names, country names, periods. */
@Component
class Labels {

  private final MessageSource messages;
  private final OrgUnits orgUnits;

  Labels(MessageSource messages, OrgUnits orgUnits) {
    this.messages = messages;
    this.orgUnits = orgUnits;
  }

  String of(Dimension d, String code, Locale locale) {
    if (code == null || d.isPeriod()) {
      return code;
    }
    if ("UNKNOWN".equals(code) && d != Dimension.SEX) {
      return message(List.of("results.unknown"), code, locale);
    }
    String lower = code.toLowerCase(Locale.ROOT);
    return switch (d) {
      case MRC -> orgUnits.find(Long.parseLong(code)).map(u -> u.name()).orElse(code);
      case COUNTRY -> Countries.name(code, locale);
      case SEX -> message(List.of("vocab.sex." + lower), code, locale);
      case AGE_BAND -> message(List.of("vocab.ageBand." + lower), code, locale);
      case MIGRANT_STATUS -> message(List.of("vocab.migrantStatus." + lower), code, locale);
      case CHANNEL -> message(List.of("vocab.channel." + lower), code, locale);
      case TOPIC -> message(List.of("vocab.topic." + lower), code, locale);
      case KIND -> message(List.of("vocab.groupKind." + lower), code, locale);
      case SERVICE -> message(List.of("vocab.service." + lower), code, locale);
      case STATUS ->
          message(
              List.of(
                  "vocab.inquiryStatus." + lower,
                  "referral.status." + lower,
                  "results.status." + lower),
              code,
              locale);
      case OUTCOME -> message(List.of("referral.outcome." + lower), code, locale);
      case INTENTION -> message(List.of("vocab.intention." + lower), code, locale);
      case STAGE -> message(List.of("results.stage." + lower), code, locale);
      default -> code;
    };
  }

  private String message(List<String> keys, String fallback, Locale locale) {
    for (String key : keys) {
      try {
        return messages.getMessage(key, null, locale);
      } catch (NoSuchMessageException e) {
        // try the next vocabulary
      }
    }
    return fallback;
  }
}
