package org.safar.demo;

import java.math.BigDecimal;
import java.util.List;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.safar.portfolio.ProgrammeStatus;

/**
 * Border-management projects from the news feed, under which equipment was handed over to partner
 * agencies. Only facts the feed states are recorded: a budget only where it gives one.
 */
final class DemoBorderProjects {

  static final String SBS_GHANA = "SBS-GHANA";
  static final String IBM_SILK_ROUTES = "IBM-SILK-ROUTES";
  static final String EU4IBM = "EU4IBM-UA";

  private DemoBorderProjects() {}

  static void load(Portfolio portfolio, long owner) {
    Programme ghana =
        portfolio.record(
            entry(
                null,
                PortfolioLevel.PROGRAMME,
                SBS_GHANA,
                "Strengthening Border Security in Ghana",
                "Capacity building of the Ghana Immigration Service, human-rights standards,"
                    + " equipment and an upgraded information exchange system; a call for"
                    + " proposals for civil society, media networks and local authorities.",
                List.of("EU Emergency Trust Fund for Africa"),
                List.of(
                    "Ghana Immigration Service", "Ghana Police Service", "Ghana Customs Authority"),
                List.of("GH"),
                new BigDecimal("5000000.00"),
                "EUR",
                owner));
    portfolio.record(
        entry(
            ghana.id(),
            PortfolioLevel.COMPONENT,
            "SBS-GHANA-GIS",
            "Support to the Ghana Immigration Service",
            "Training, equipment and the information exchange system.",
            ghana.donors(),
            List.of("Ghana Immigration Service"),
            List.of("GH"),
            null,
            null,
            owner));
    portfolio.record(
        entry(
            ghana.id(),
            PortfolioLevel.COMPONENT,
            "SBS-GHANA-CSO",
            "Civil society, media and local authorities",
            "Grants for projects on cross-border and mobility issues.",
            ghana.donors(),
            List.of(),
            List.of("GH"),
            null,
            null,
            owner));
    portfolio.record(
        entry(
            null,
            PortfolioLevel.PROGRAMME,
            IBM_SILK_ROUTES,
            "Integrated Border Management in the Silk Routes",
            "Support to border agencies in managing national frontiers, including a national"
                + " integrated border management strategy for Afghanistan and COVID-19 supplies"
                + " for Iraqi border officers.",
            List.of("European Union"),
            List.of(
                "Ministry of Interior (Iraq)",
                "General Commission for Customs (Iraq)",
                "Border Ports Commission (Iraq)"),
            List.of("AF", "IQ"),
            null,
            null,
            owner));
    portfolio.record(
        entry(
            null,
            PortfolioLevel.PROGRAMME,
            EU4IBM,
            "EU Support to Strengthening Integrated Border Management in Ukraine",
            "Support to the border guard and customs services, including COVID-19 protection and"
                + " screening equipment.",
            List.of("European Union"),
            List.of("State Border Guard Service of Ukraine", "State Customs Service of Ukraine"),
            List.of("UA"),
            null,
            null,
            owner));
  }

  private static Programme entry(
      Long parent,
      PortfolioLevel level,
      String code,
      String title,
      String summary,
      List<String> donors,
      List<String> beneficiaries,
      List<String> countries,
      BigDecimal budget,
      String currency,
      long owner) {
    return new Programme(
        null,
        parent,
        level,
        code,
        title,
        summary,
        donors,
        List.of("ICMPD"),
        beneficiaries,
        countries,
        null,
        null,
        budget,
        currency,
        ProgrammeStatus.RUNNING,
        owner,
        0);
  }
}
