package org.safar.referral;

import org.safar.shell.ResultPage;

/** What the directory is narrowed to; every part is optional. */
public record ProviderFilter(
    String text, ServiceType service, String country, String district, String language) {

  String like() {
    return ResultPage.containing(text);
  }

  String districtLike() {
    return ResultPage.containing(district);
  }
}
