package org.safar.assistance;

import java.util.List;
import java.util.Locale;
import org.safar.orgunits.Countries;

/** An expert on the roster: who employs them, their nationality, what they know and speak. */
public record Expert(
    long id,
    long ownerOrgUnitId,
    String fullName,
    String employer,
    EmployerKind employerKind,
    String nationality,
    List<ActionTheme> expertise,
    List<String> languages,
    String email,
    int version) {

  public Expert {
    expertise = List.copyOf(expertise);
    languages = List.copyOf(languages);
  }

  public String nationalityName(Locale locale) {
    return Countries.name(nationality, locale);
  }
}
