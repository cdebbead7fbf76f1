package org.safar.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.safar.portfolio.ProgrammeStatus;

/**
 * The programmes the reference documents describe, summarised in our own words. Where a document
 * gives no dates, none are invented.
 */
final class DemoProgrammes {

  private DemoProgrammes() {}

  private static final List<String> EU = List.of("European Union");
  private static final List<String> ICMPD = List.of("ICMPD");

  /** The ministries the MRCs sit in. */
  private static final List<String> MINISTRIES =
      List.of(
          "Ministry of Refugees and Repatriation (Afghanistan)",
          "Ministry of Expatriates' Welfare and Overseas Employment (Bangladesh)",
          "Ministry of Migration and Displaced (Iraq)",
          "Ministry of Overseas Pakistanis and Human Resource Development (Pakistan)",
          "Ministry of Labour, Migration and Employment of Population (Tajikistan)");

  static void load(Portfolio portfolio, long owner) {
    Programme silkRoutes =
        portfolio.record(
            with(
                programme(
                    null,
                    PortfolioLevel.PROGRAMME,
                    "IMM-SILK-ROUTES",
                    "Improving Migration Management in the Silk Routes Countries",
                    "Regional dialogue under the Budapest Process and concrete support to migration"
                        + " governance in the Silk Routes and Central Asian countries; it set up seven"
                        + " MRCs in five countries, each inside a ministry.",
                    EU,
                    ICMPD,
                    List.of("AF", "BD", "IR", "IQ", "PK", "KZ", "KG", "UZ", "TM", "TJ"),
                    LocalDate.of(2017, 8, 1),
                    LocalDate.of(2022, 4, 30),
                    owner),
                MINISTRIES,
                null,
                null));
    component(
        portfolio,
        silkRoutes,
        "IMM-DIALOGUE",
        "Dialogue",
        "Support to the Budapest Process: meetings of working groups and ministerial conferences,"
            + " and the knowledge products that feed them.",
        owner);
    component(
        portfolio,
        silkRoutes,
        "IMM-FACILITY",
        "Facility",
        "Technical assistance on request, including gender aspects and climate-induced migration,"
            + " and calls for proposals for larger initiatives.",
        owner);
    component(
        portfolio,
        silkRoutes,
        "IMM-FLAGSHIPS",
        "Flagships",
        "Migrant Resource Centres in five countries, regional law-enforcement cooperation and the"
            + " protection of migrants' rights.",
        owner);

    Programme protect =
        portfolio.record(
            with(
                programme(
                    null,
                    PortfolioLevel.PROGRAMME,
                    "PROTECT",
                    "PROTECT: migrant protection across all phases of migration",
                    "Follows the Silk Routes programme: protection of migrants before departure, abroad"
                        + " and on return, against irregular migration, trafficking and smuggling.",
                    EU,
                    ICMPD,
                    List.of("AF", "BD", "IQ", "PK", "TJ"),
                    null,
                    null,
                    owner),
                concat(MINISTRIES, "Migration Service (Tajikistan)"),
                null,
                null));
    component(
        portfolio,
        protect,
        "PROTECT-GOVERNANCE",
        "Migration Governance",
        "Gender-sensitive, rights-based policy frameworks and the capacity of public authorities,"
            + " mostly through technical assistance.",
        owner);
    component(
        portfolio,
        protect,
        "PROTECT-MRC",
        "Migrant Resource Centres",
        "Stronger, more widespread MRCs with a sustainability strategy each, including new centres"
            + " in Central Asia and Pakistan.",
        owner);

    Programme mptf =
        portfolio.record(
            programme(
                null,
                PortfolioLevel.PROGRAMME,
                "MIGRATION-MPTF",
                "Migration Multi-Partner Trust Fund joint programmes",
                "UN joint programmes funded through the Migration MPTF, each with a gender marker.",
                List.of("Migration MPTF"),
                List.of("IOM", "UNDP"),
                List.of("TJ", "GN", "LR", "SL", "KE", "ET", "CL", "MX", "PH", "TT"),
                null,
                null,
                owner));
    project(
        portfolio,
        mptf,
        "MPTF-TJ-KHATLON",
        "Families left behind in Khatlon",
        "Economic resilience and rights of families of labour migrants in Khatlon.",
        List.of("TJ"),
        owner);
    project(
        portfolio,
        mptf,
        "MPTF-PARROTS-BEAK",
        "Border communities of the Parrot's Beak",
        "Border management, social cohesion and cross-border security.",
        List.of("GN", "LR", "SL"),
        owner);
    project(
        portfolio,
        mptf,
        "MPTF-IGAD-CLIMATE",
        "Migration, disasters and climate change in IGAD",
        "Disaster displacement preparedness and green livelihoods.",
        List.of("KE", "ET"),
        owner);
    project(
        portfolio,
        mptf,
        "MPTF-CL-MX-CITIES",
        "Santiago and Mexico City integration",
        "Decent work and social protection for migrants and refugees in two cities.",
        List.of("CL", "MX"),
        owner);

    portfolio.record(
        programme(
            null,
            PortfolioLevel.PROGRAMME,
            "MIEUX",
            "MIEUX: Migration EU eXpertise",
            "A facility answering governments' requests for peer-to-peer technical assistance by"
                + " experts from EU member-state administrations.",
            EU,
            ICMPD,
            List.of("AZ", "KH", "IN", "KZ", "KG", "MY", "MM", "TJ", "TH", "PH", "UZ"),
            LocalDate.of(2010, 5, 1),
            null,
            owner));

    DemoBorderProjects.load(portfolio, owner);
  }

  private static List<String> concat(List<String> list, String more) {
    var all = new java.util.ArrayList<>(list);
    all.add(more);
    return all;
  }

  private static void component(
      Portfolio p, Programme parent, String code, String title, String summary, long owner) {
    p.record(
        programme(
            parent.id(),
            PortfolioLevel.COMPONENT,
            code,
            title,
            summary,
            parent.donors(),
            parent.implementers(),
            parent.countryCodes(),
            parent.startDate(),
            parent.endDate(),
            owner));
  }

  private static void project(
      Portfolio p,
      Programme parent,
      String code,
      String title,
      String summary,
      List<String> countries,
      long owner) {
    p.record(
        programme(
            parent.id(),
            PortfolioLevel.PROJECT,
            code,
            title,
            summary,
            parent.donors(),
            parent.implementers(),
            countries,
            null,
            null,
            owner));
  }

  private static Programme programme(
      Long parent,
      PortfolioLevel level,
      String code,
      String title,
      String summary,
      List<String> donors,
      List<String> implementers,
      List<String> countries,
      LocalDate start,
      LocalDate end,
      long owner) {
    return new Programme(
        null,
        parent,
        level,
        code,
        title,
        summary,
        donors,
        implementers,
        List.of(),
        countries,
        start,
        end,
        null,
        null,
        end != null && end.isBefore(LocalDate.now())
            ? ProgrammeStatus.COMPLETED
            : ProgrammeStatus.RUNNING,
        owner,
        0);
  }

  /**
   * The same entry with the institutions it strengthens and, where a document gives it, a budget.
   */
  private static Programme with(
      Programme p, List<String> beneficiaries, BigDecimal budget, String currency) {
    return new Programme(
        p.id(),
        p.parentId(),
        p.level(),
        p.code(),
        p.title(),
        p.summary(),
        p.donors(),
        p.implementers(),
        beneficiaries,
        p.countryCodes(),
        p.startDate(),
        p.endDate(),
        budget,
        currency,
        p.status(),
        p.ownerOrgUnitId(),
        0);
  }
}
