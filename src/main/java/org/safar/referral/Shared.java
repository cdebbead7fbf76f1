package org.safar.referral;

import java.util.ArrayList;
import java.util.List;
import org.safar.counselling.Client;

/** What a provider was given about the client: only the parts the consent allowed. */
public record Shared(String name, String phone, String details, boolean confidential) {

  /** What a reader outside a protected case sees of it: that there is something they may not. */
  static final Shared CONFIDENTIAL = new Shared(null, null, null, true);

  public Shared(String name, String phone, String details) {
    this(name, phone, details, false);
  }

  static Shared of(Client c, boolean name, boolean phone, boolean details) {
    return new Shared(
        name ? c.displayName() : null, phone ? c.phone() : null, details ? details(c) : null);
  }

  /** Sex, age and languages, plainly, in codes a provider anywhere can read. */
  private static String details(Client c) {
    List<String> parts = new ArrayList<>();
    if (c.sex() != null) {
      parts.add("sex " + c.sex().name());
    }
    if (c.birthYear() != null) {
      parts.add("born " + c.birthYear());
    } else if (c.ageBand() != null) {
      parts.add("age " + c.ageBand().name());
    }
    if (!c.languages().isEmpty()) {
      parts.add("languages " + String.join(" ", c.languages()));
    }
    if (c.district() != null) {
      parts.add("district " + c.district());
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }
}
