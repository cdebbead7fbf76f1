package org.safar.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitDraft;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.referral.ProviderDraft;
import org.safar.referral.ProviderKind;
import org.safar.referral.ServiceDirectory;
import org.safar.referral.ServiceType;

/**
 * Demo service providers near the demo MRCs, of the kinds the programmes refer to. The names are
 * made up and say "(demo)"; no phone number or address is given for them. One, the Dhaka shelter,
 * works in Safar: it is an institution with a provider account of its own.
 */
final class DemoProviders {

  static final String SHELTER_UNIT = "PROV-DHAKA-SHELTER";

  private DemoProviders() {}

  static void load(ServiceDirectory directory, OrgUnits orgUnits) {
    long network = orgUnits.network().id();
    OrgUnitScope everything = orgUnits.scopeOf(Set.of(network));
    OrgUnit bangladesh = orgUnits.findByCode("BD").orElseThrow();
    OrgUnit shelter =
        orgUnits.create(
            new OrgUnitDraft(
                bangladesh.id(),
                OrgUnitKind.INSTITUTION,
                SHELTER_UNIT,
                "Safe Home Dhaka (demo shelter)",
                null,
                null,
                "Dhaka",
                null,
                null,
                null,
                List.of("bn", "en"),
                true),
            everything);
    everything = orgUnits.scopeOf(Set.of(network));
    long dhaka = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    long kabul = orgUnits.findByCode("MRC-KABUL").orElseThrow().id();
    add(
        directory,
        everything,
        dhaka,
        "Safe Home Dhaka (demo shelter)",
        ProviderKind.NGO,
        EnumSet.of(ServiceType.SHELTER, ServiceType.PSYCHOSOCIAL, ServiceType.MEDICAL),
        "BD",
        List.of("Dhaka", "Gazipur"),
        List.of("bn", "en"),
        shelter.id());
    add(
        directory,
        everything,
        dhaka,
        "Legal Aid for Migrant Workers Dhaka (demo)",
        ProviderKind.NGO,
        EnumSet.of(ServiceType.LEGAL_AID),
        "BD",
        List.of("Dhaka"),
        List.of("bn", "en"),
        null);
    add(
        directory,
        everything,
        dhaka,
        "Financial Literacy Circle Cumilla (demo)",
        ProviderKind.COMMUNITY,
        EnumSet.of(ServiceType.FINANCIAL_LITERACY),
        "BD",
        List.of("Cumilla"),
        List.of("bn"),
        null);
    add(
        directory,
        everything,
        kabul,
        "Legal Aid Desk Kabul (demo)",
        ProviderKind.NGO,
        EnumSet.of(ServiceType.LEGAL_AID, ServiceType.SOCIAL),
        "AF",
        List.of("Kabul"),
        List.of("fa-AF", "ps"),
        null);
    add(
        directory,
        everything,
        kabul,
        "Vocational Training Centre Kabul (demo)",
        ProviderKind.GOVERNMENT,
        EnumSet.of(ServiceType.VOCATIONAL_TRAINING, ServiceType.EMPLOYMENT),
        "AF",
        List.of("Kabul"),
        List.of("fa-AF", "ps"),
        null);
    add(
        directory,
        everything,
        network,
        "Psychosocial Support Centre Dushanbe (demo)",
        ProviderKind.NGO,
        EnumSet.of(ServiceType.PSYCHOSOCIAL),
        "TJ",
        List.of("Dushanbe"),
        List.of("tg", "ru"),
        null);
    add(
        directory,
        everything,
        network,
        "Civil Registration Help Desk Lahore (demo)",
        ProviderKind.GOVERNMENT,
        EnumSet.of(ServiceType.BIRTH_REGISTRATION),
        "PK",
        List.of("Lahore"),
        List.of("ur", "pa"),
        null);
    add(
        directory,
        everything,
        network,
        "Family Clinic Baghdad (demo)",
        ProviderKind.PRIVATE,
        EnumSet.of(ServiceType.MEDICAL),
        "IQ",
        List.of("Baghdad"),
        List.of("ar", "ku"),
        null);
  }

  private static void add(
      ServiceDirectory directory,
      OrgUnitScope scope,
      long keeper,
      String name,
      ProviderKind kind,
      Set<ServiceType> services,
      String country,
      List<String> districts,
      List<String> languages,
      Long safarUnit) {
    directory.add(
        new ProviderDraft(
            keeper,
            name,
            kind,
            services,
            List.of(country),
            districts,
            languages,
            null,
            null,
            null,
            null,
            safarUnit,
            true),
        scope);
  }
}
