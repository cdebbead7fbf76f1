package org.safar.counselling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.safar.orgunits.Countries;

/** A person the MRC serves: a real name is optional, a pseudonym will do. */
public record Client(
    Long id,
    long mrcId,
    String fullName,
    String pseudonym,
    Sex sex,
    Integer birthYear,
    AgeBand ageBand,
    String phone,
    String district,
    MigrantStatus migrantStatus,
    String destinationCountry,
    List<String> languages,
    boolean consentStore,
    boolean consentContact,
    LocalDate consentGivenOn,
    ConsentMethod consentMethod,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    Long mergedInto,
    boolean protectedCase,
    boolean confidential) {

  public Client {
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  /** The destination country named in the reader's language, or null if not known. */
  public String destinationName(Locale locale) {
    return destinationCountry == null ? null : Countries.name(destinationCountry, locale);
  }

  /**
   * The name to show: the real name if given, else the pseudonym; null for a protected case the
   * reader is not on, which pages show as "Confidential".
   */
  public String displayName() {
    if (confidential) {
      return null;
    }
    return fullName != null && !fullName.isBlank() ? fullName : pseudonym;
  }

  /**
   * The same client as someone outside a protected case sees it: nothing that says who the person
   * is. Sex, age band, status, destination and languages stay, as they count in figures.
   */
  Client masked() {
    return new Client(
        id,
        mrcId,
        null,
        null,
        sex,
        null,
        ageBand != null ? ageBand : (birthYear == null ? null : AgeBand.of(birthYear)),
        null,
        null,
        migrantStatus,
        destinationCountry,
        languages,
        consentStore,
        consentContact,
        consentGivenOn,
        consentMethod,
        version,
        createdAt,
        createdBy,
        updatedAt,
        updatedBy,
        mergedInto,
        true,
        true);
  }
}
