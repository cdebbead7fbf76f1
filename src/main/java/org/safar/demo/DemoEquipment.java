package org.safar.demo;

import java.time.LocalDate;
import java.util.Set;
import org.safar.equipment.EquipmentKind;
import org.safar.equipment.HandoverDraft;
import org.safar.equipment.Handovers;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;

/**
 * Handovers from the news feed: Ghana (vehicles, motorbikes, PPE, laptops), Ukraine (thermal
 * screening systems) and Iraq (PPE). The feed gives no unit values, so none are recorded.
 */
final class DemoEquipment {

  private DemoEquipment() {}

  static void load(Handovers handovers, Portfolio portfolio, OrgUnits units) {
    OrgUnitScope all = units.scopeOf(Set.of(units.network().id()));
    long network = units.network().id();
    long iraq = units.findByCode("IQ").orElseThrow().id();
    long ghana = portfolio.findByCode(DemoBorderProjects.SBS_GHANA).orElseThrow().id();
    long ukraine = portfolio.findByCode(DemoBorderProjects.EU4IBM).orElseThrow().id();
    long silkRoutes = portfolio.findByCode(DemoBorderProjects.IBM_SILK_ROUTES).orElseThrow().id();
    LocalDate ceremony = LocalDate.of(2020, 8, 6);
    String gis = "Ghana Immigration Service";
    String patrols =
        "Patrols in border areas and coordination with the Ghana Health Service during COVID-19;"
            + " later deployed to land border regions.";
    add(
        handovers,
        all,
        ghana,
        network,
        EquipmentKind.VEHICLE,
        "Pick-up trucks",
        3,
        ceremony,
        gis,
        patrols);
    add(
        handovers,
        all,
        ghana,
        network,
        EquipmentKind.VEHICLE,
        "Minibuses",
        2,
        ceremony,
        gis,
        patrols);
    add(
        handovers,
        all,
        ghana,
        network,
        EquipmentKind.MOTORBIKE,
        "Motorbikes",
        5,
        ceremony,
        gis,
        patrols);
    add(
        handovers,
        all,
        ghana,
        network,
        EquipmentKind.PPE,
        "Disposable face masks",
        10_000,
        ceremony,
        gis,
        "COVID-19 protection of officers");
    add(
        handovers,
        all,
        ghana,
        network,
        EquipmentKind.PPE,
        "Reusable face masks",
        10_000,
        ceremony,
        gis,
        "COVID-19 protection of officers");
    add(
        handovers,
        all,
        ghana,
        network,
        EquipmentKind.PPE,
        "Gloves",
        10_000,
        ceremony,
        gis,
        "COVID-19 protection of officers");
    add(
        handovers,
        all,
        ghana,
        network,
        EquipmentKind.PPE,
        "Bottles of hand sanitiser",
        2_000,
        ceremony,
        gis,
        "COVID-19 protection of officers");
    add(
        handovers,
        all,
        ghana,
        network,
        EquipmentKind.LAPTOP,
        "Laptops",
        15,
        ceremony,
        gis,
        "Capacity building and contingency planning for future crises");
    add(
        handovers,
        all,
        ukraine,
        network,
        EquipmentKind.SCREENING_SYSTEM,
        "Stationary thermal fever screening systems",
        2,
        LocalDate.of(2020, 8, 3),
        "State Border Guard Service of Ukraine",
        "Contactless temperature checks of passengers at Boryspil Airport");
    add(
        handovers,
        all,
        silkRoutes,
        iraq,
        EquipmentKind.PPE,
        "Consignment of infrared thermometers, N95 masks, gowns, gloves and sanitation products",
        1,
        LocalDate.of(2020, 8, 3),
        "Ministry of Interior, General Commission for Customs and Border Ports Commission (Iraq)",
        "Baghdad International Airport and border crossings with Iran, Jordan and Syria");
  }

  private static void add(
      Handovers handovers,
      OrgUnitScope all,
      long project,
      long unit,
      EquipmentKind kind,
      String description,
      int quantity,
      LocalDate on,
      String recipient,
      String purpose) {
    handovers.record(
        new HandoverDraft(
            project, unit, kind, description, quantity, null, null, on, recipient, purpose),
        all);
  }
}
