package org.safar.counselling;

import java.time.LocalDate;
import java.util.List;

/** What a counsellor enters to register a client or change the record. */
public record ClientDraft(
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
    ConsentMethod consentMethod) {}
