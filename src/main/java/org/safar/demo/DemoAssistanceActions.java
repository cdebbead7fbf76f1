package org.safar.demo;

import static org.safar.assistance.ActivityKind.ASSESSMENT_MISSION;
import static org.safar.assistance.ActivityKind.CONFERENCE;
import static org.safar.assistance.ActivityKind.DRAFTING_SUPPORT;
import static org.safar.assistance.ActivityKind.EXPERT_MISSION;
import static org.safar.assistance.ActivityKind.FACT_FINDING_MISSION;
import static org.safar.assistance.ActivityKind.INFORMATION_SESSION;
import static org.safar.assistance.ActivityKind.ROUNDTABLE;
import static org.safar.assistance.ActivityKind.SCOPING_MISSION;
import static org.safar.assistance.ActivityKind.SEMINAR;
import static org.safar.assistance.ActivityKind.TRAINING;
import static org.safar.assistance.ActivityKind.TRAINING_OF_TRAINERS;
import static org.safar.assistance.ActivityKind.WORKSHOP;
import static org.safar.assistance.DeliverableKind.CAMPAIGN_MATERIAL;
import static org.safar.assistance.DeliverableKind.GUIDELINES;
import static org.safar.assistance.DeliverableKind.HANDBOOK;
import static org.safar.assistance.DeliverableKind.POLICY;
import static org.safar.assistance.DeliverableKind.REPORT;
import static org.safar.assistance.DeliverableKind.ROADMAP;
import static org.safar.assistance.DeliverableKind.STRATEGY;
import static org.safar.assistance.DeliverableStatus.ADOPTED;
import static org.safar.assistance.DeliverableStatus.DRAFTED;
import static org.safar.assistance.DeliverableStatus.VALIDATED;
import static org.safar.assistance.EmployerKind.ACADEMIA;
import static org.safar.assistance.EmployerKind.NATIONAL_ADMINISTRATION;
import static org.safar.assistance.EmployerKind.NGO;
import static org.safar.assistance.EmployerKind.PRIVATE_SECTOR;
import static org.safar.demo.DemoAssistance.a;
import static org.safar.demo.DemoAssistance.d;
import static org.safar.demo.DemoAssistance.v;

import java.time.YearMonth;
import java.util.List;
import org.safar.assistance.ActionTheme;
import org.safar.demo.DemoAssistance.Action;
import org.safar.demo.DemoAssistance.Exp;

/** The MIEUX list's actions in Asia and the made-up experts standing for their administrations. */
final class DemoAssistanceActions {

  private DemoAssistanceActions() {}

  private static Exp admin(String code, String name, String country, String iso) {
    return new Exp(
        code, name, "National administration of " + country, NATIONAL_ADMINISTRATION, iso);
  }

  static final List<Exp> EXPERTS =
      List.of(
          admin("NL", "Pieter van Leeuwen", "the Netherlands", "NL"),
          admin("BG", "Ivana Petrova", "Bulgaria", "BG"),
          admin("DK", "Mette Lindholm", "Denmark", "DK"),
          admin("BE", "Lieven Claessens", "Belgium", "BE"),
          admin("HU", "Gábor Kertész", "Hungary", "HU"),
          admin("AT", "Katharina Brunnauer", "Austria", "AT"),
          admin("IT", "Giulia Ferraresi", "Italy", "IT"),
          admin("ES", "Javier Ortuño", "Spain", "ES"),
          admin("FR", "Claire Duvernois", "France", "FR"),
          admin("DE", "Matthias Kellerhoff", "Germany", "DE"),
          admin("PL", "Agnieszka Nowakowska", "Poland", "PL"),
          admin("SE", "Erik Sandvall", "Sweden", "SE"),
          admin("UA", "Oksana Melnychuk", "Ukraine", "UA"),
          admin("LT", "Rasa Jankauskaitė", "Lithuania", "LT"),
          admin("MD", "Ion Rusnac", "the Republic of Moldova", "MD"),
          admin("RO", "Andreea Popovici", "Romania", "RO"),
          admin("CZ", "Tomáš Dvořáček", "Czechia", "CZ"),
          admin("SI", "Nina Kovačič", "Slovenia", "SI"),
          admin("GB", "Helen Whitcombe", "the United Kingdom", "GB"),
          admin("PH", "Maria Santiago", "the Philippines", "PH"),
          admin("RU", "Sergei Volodin", "the Russian Federation", "RU"),
          admin("FI", "Aino Virtala", "Finland", "FI"),
          admin("PT", "Rui Carvalhal", "Portugal", "PT"),
          admin("VN", "Nguyen Thi Lanh", "Viet Nam", "VN"),
          new Exp(
              "EE-ACADEMIC", "Kadri Tammsaar", "University (academia), Estonia", ACADEMIA, "EE"),
          new Exp(
              "IE-ACADEMIC", "Siobhán Whelan", "University (academia), Ireland", ACADEMIA, "IE"),
          new Exp("BE-NGO", "Sofie Peetermans", "Anti-trafficking NGO, Belgium", NGO, "BE"),
          new Exp("PRIVATE-1", "Anna Hartwig", "Private consultancy", PRIVATE_SECTOR, "DE"),
          new Exp("PRIVATE-2", "Mark Ellisworth", "Private consultancy", PRIVATE_SECTOR, "GB"),
          new Exp(
              "ASEAN",
              "Dewi Lestariningsih",
              "ASEAN task force on migrant workers' rights",
              NGO,
              "ID"),
          new Exp(
              "ID-ADMIN",
              "Rizal Pratamaputra",
              "National administration of Indonesia",
              NATIONAL_ADMINISTRATION,
              "ID"));

  private static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }

  static final List<Action> ACTIONS =
      List.of(
          new Action(
              "Azerbaijan I: irregular migration and the legal framework",
              List.of("AZ"),
              "Government of the Republic of Azerbaijan",
              ActionTheme.IRREGULAR_MIGRATION,
              ym(2010, 5),
              ym(2011, 1),
              List.of("NL", "BG", "DK"),
              List.of(
                  a(
                      ASSESSMENT_MISSION,
                      2010,
                      7,
                      5,
                      "Assessment of the migration legal framework",
                      "Baku"),
                  v(
                      2010,
                      7,
                      19,
                      "Study tour on irregular migration and border management",
                      "PL",
                      null),
                  a(TRAINING, 2011, 1, 18, "Training on migration legislation", null)),
              List.of(
                  d(
                      REPORT,
                      "Gaps, needs and recommendations for the migration legislation",
                      VALIDATED,
                      2010,
                      8))),
          new Action(
              "Azerbaijan II: irregular migration, return and readmission",
              List.of("AZ"),
              "State Migration Service of Azerbaijan",
              ActionTheme.RETURN_AND_READMISSION,
              ym(2011, 5),
              ym(2012, 7),
              List.of("BE", "NL", "HU"),
              List.of(
                  a(
                      TRAINING,
                      2011,
                      11,
                      8,
                      "Managing accommodation facilities for irregular migrants",
                      null),
                  v(
                      2012,
                      4,
                      16,
                      "Study visit on Dutch practice against irregular migration",
                      "NL",
                      4),
                  a(TRAINING, 2012, 7, 10, "Training on return and readmission", null)),
              List.of()),
          new Action(
              "Cambodia: border management, document security and migration management",
              List.of("KH"),
              "Immigration Department of Cambodia",
              ActionTheme.BORDER_MANAGEMENT,
              ym(2012, 10),
              ym(2014, 6),
              List.of("AT", "HU"),
              List.of(
                  a(
                      FACT_FINDING_MISSION,
                      2013,
                      1,
                      14,
                      "Fact-finding on border and migration management",
                      null),
                  a(
                      INFORMATION_SESSION,
                      2014,
                      2,
                      11,
                      "Thematic sessions on border and migration management",
                      null),
                  a(TRAINING, 2014, 4, 22, "Training for police officials", "Siem Reap")),
              List.of(
                  d(
                      ROADMAP,
                      "Roadmap for stronger border and migration management",
                      DRAFTED,
                      2014,
                      6))),
          new Action(
              "India: migration management at sub-national level",
              List.of("IN"),
              "Government of India",
              ActionTheme.IRREGULAR_MIGRATION,
              ym(2012, 1),
              ym(2015, 7),
              List.of("IT", "ES"),
              List.of(
                  a(
                      ASSESSMENT_MISSION,
                      2012,
                      5,
                      7,
                      "Assessment of needs in migration management",
                      null)),
              List.of()),
          new Action(
              "Kazakhstan: seminar on visa facilitation and mobility with the EU",
              List.of("KZ"),
              "Government of the Republic of Kazakhstan",
              ActionTheme.LEGAL_MIGRATION,
              ym(2009, 10),
              ym(2009, 10),
              List.of("FR", "DE", "HU", "PL", "SE"),
              List.of(
                  a(SEMINAR, 2009, 10, 22, "Seminar on visa facilitation and mobility", "Astana")),
              List.of()),
          new Action(
              "Kyrgyzstan I: communication strategy against irregular migration",
              List.of("KG"),
              "Government of the Kyrgyz Republic",
              ActionTheme.AWARENESS_RAISING,
              ym(2012, 12),
              ym(2014, 11),
              List.of("BG", "IT", "UA"),
              List.of(
                  a(
                      FACT_FINDING_MISSION,
                      2013,
                      3,
                      4,
                      "Fact-finding on migration communication",
                      null),
                  a(
                      TRAINING,
                      2013,
                      6,
                      11,
                      "Communication strategies and information campaigns",
                      "Bishkek"),
                  v(2013, 10, 7, "Study visit on information campaigns", "IT", null),
                  a(
                      INFORMATION_SESSION,
                      2013,
                      11,
                      19,
                      "Developing a communication strategy",
                      "Bishkek"),
                  a(
                      EXPERT_MISSION,
                      2014,
                      4,
                      8,
                      "Support to an information campaign for target groups",
                      null)),
              List.of(
                  d(STRATEGY, "Migration Communication Strategy", ADOPTED, 2014, 11),
                  d(
                      CAMPAIGN_MATERIAL,
                      "Campaign materials against irregular migration",
                      VALIDATED,
                      2014,
                      4))),
          new Action(
              "Kyrgyzstan II: national migration policy",
              List.of("KG"),
              "Government of the Kyrgyz Republic",
              ActionTheme.MIGRATION_POLICY,
              ym(2014, 7),
              null,
              List.of("LT", "MD", "PL", "RO"),
              List.of(
                  a(
                      SCOPING_MISSION,
                      2014,
                      10,
                      6,
                      "Consultations with government stakeholders; Core Group agreed",
                      null),
                  a(WORKSHOP, 2014, 12, 9, "Workshop on the migration policy cycle", null)),
              List.of(d(POLICY, "National Migration Policy", DRAFTED, 2014, 12))),
          new Action(
              "Lao PDR: labour migration data collection and analysis",
              List.of("LA"),
              "Ministry of Labour and Social Welfare of the Lao PDR",
              ActionTheme.MIGRATION_DATA,
              ym(2014, 1),
              null,
              List.of("IT", "EE-ACADEMIC"),
              List.of(
                  a(
                      FACT_FINDING_MISSION,
                      2015,
                      2,
                      16,
                      "Fact-finding on quantifying labour emigration",
                      null),
                  a(
                      WORKSHOP,
                      2015,
                      2,
                      23,
                      "Mapping inter-agency coordination in migration data",
                      null),
                  a(WORKSHOP, 2015, 7, 14, "EU and international migration data", null),
                  a(
                      WORKSHOP,
                      2015,
                      9,
                      15,
                      "Methods, management and reporting of migration data",
                      null)),
              List.of(
                  d(
                      GUIDELINES,
                      "Guidelines for inter-agency cooperation on migration statistics",
                      DRAFTED,
                      2015,
                      9))),
          new Action(
              "Malaysia: integrated border management, document security and trafficking",
              List.of("MY"),
              "Government of Malaysia",
              ActionTheme.BORDER_MANAGEMENT,
              ym(2012, 10),
              ym(2013, 6),
              List.of("BE", "BG", "CZ", "NL", "SI", "ES", "GB"),
              List.of(
                  a(FACT_FINDING_MISSION, 2012, 12, 3, "Fact-finding on border management", null),
                  a(INFORMATION_SESSION, 2013, 3, 12, "Document security", null),
                  a(INFORMATION_SESSION, 2013, 5, 14, "Integrated border management", null),
                  a(TRAINING, 2013, 6, 11, "Trafficking in human beings", null)),
              List.of()),
          new Action(
              "Myanmar: rights-based management of labour migration",
              List.of("MM"),
              "Ministry of Labour, Employment and Social Security of Myanmar",
              ActionTheme.LABOUR_MIGRATION,
              ym(2013, 5),
              null,
              List.of("IT", "RO", "PRIVATE-1", "PH", "ASEAN"),
              List.of(
                  a(
                      FACT_FINDING_MISSION,
                      2014,
                      1,
                      13,
                      "Fact-finding on the Ministry's priorities",
                      null),
                  a(
                      WORKSHOP,
                      2015,
                      2,
                      3,
                      "The awareness-raising campaign cycle in labour migration",
                      null),
                  a(
                      WORKSHOP,
                      2015,
                      7,
                      7,
                      "Strategic planning for a practical handbook on labour migration",
                      null),
                  a(
                      DRAFTING_SUPPORT,
                      2015,
                      9,
                      1,
                      "Drafting the handbook on managing labour migration",
                      null)),
              List.of(
                  d(
                      HANDBOOK,
                      "Practical Handbook on Managing Labour Migration",
                      DRAFTED,
                      2015,
                      12))),
          new Action(
              "Philippines I: awareness raising against illegal recruitment and trafficking",
              List.of("PH"),
              "Philippine Overseas Employment Administration (POEA)",
              ActionTheme.TRAFFICKING,
              ym(2010, 2),
              ym(2012, 5),
              List.of("PRIVATE-2", "PRIVATE-1"),
              List.of(
                  a(
                      ASSESSMENT_MISSION,
                      2010,
                      12,
                      6,
                      "Assessment of prevention of trafficking and illegal recruitment",
                      "Manila"),
                  a(
                      TRAINING,
                      2011,
                      6,
                      14,
                      "Trafficking for collaborating prosecutors and lawyers",
                      null),
                  a(
                      TRAINING,
                      2012,
                      5,
                      8,
                      "EU migration policy for labour attachés posted in the EU",
                      "Vienna")),
              List.of(
                  d(
                      HANDBOOK,
                      "Resource book on campaigning with social marketing",
                      VALIDATED,
                      2011,
                      3),
                  d(
                      CAMPAIGN_MATERIAL,
                      "Campaign materials against illegal recruitment and trafficking",
                      ADOPTED,
                      2011,
                      6))),
          new Action(
              "Philippines II: trafficking and illegal recruitment",
              List.of("PH"),
              "Philippine Overseas Employment Administration (POEA)",
              ActionTheme.TRAFFICKING,
              ym(2014, 4),
              null,
              List.of("RO", "PRIVATE-2", "BE", "GB"),
              List.of(
                  a(WORKSHOP, 2015, 5, 12, "Investigation, prosecution and victim referral", null),
                  a(
                      TRAINING,
                      2015,
                      12,
                      1,
                      "Monitoring the agreement with local government units",
                      null)),
              List.of(
                  d(
                      GUIDELINES,
                      "Guideline on monitoring and evaluating the agreement with local government units",
                      DRAFTED,
                      2015,
                      12))),
          new Action(
              "Thailand: protection of victims of trafficking",
              List.of("TH"),
              "Division of Anti-Trafficking, Ministry of Social Development and Human Security",
              ActionTheme.TRAFFICKING,
              ym(2013, 9),
              null,
              List.of("IE-ACADEMIC", "BE-NGO"),
              List.of(
                  a(
                      SCOPING_MISSION,
                      2015,
                      1,
                      12,
                      "Scoping of victim protection and migrant homelessness",
                      null),
                  a(
                      WORKSHOP,
                      2015,
                      6,
                      16,
                      "Protection and care of vulnerable victims of trafficking",
                      null)),
              List.of()),
          new Action(
              "Tajikistan I: labour migration management and data",
              List.of("TJ"),
              "Migration Service of Tajikistan",
              ActionTheme.LABOUR_MIGRATION,
              ym(2013, 2),
              ym(2015, 12),
              List.of("IT", "RO", "RU"),
              List.of(
                  a(
                      FACT_FINDING_MISSION,
                      2013,
                      6,
                      10,
                      "Fact-finding on labour migration management",
                      null),
                  a(
                      INFORMATION_SESSION,
                      2013,
                      10,
                      15,
                      "Migration data collection and analysis",
                      null),
                  v(2014, 5, 12, "Study visit on labour migration management and data", "IT", null),
                  a(TRAINING_OF_TRAINERS, 2014, 10, 14, "Pre-departure orientation", null),
                  a(ROUNDTABLE, 2015, 12, 8, "Diaspora engagement", null)),
              List.of()),
          new Action(
              "Tajikistan II: law enforcement against trafficking",
              List.of("TJ"),
              "Government of the Republic of Tajikistan",
              ActionTheme.TRAFFICKING,
              ym(2014, 3),
              ym(2015, 12),
              List.of("GB", "LT", "RO"),
              List.of(
                  a(SCOPING_MISSION, 2014, 7, 14, "Scoping of gaps in combating trafficking", null),
                  v(2015, 11, 16, "Study visit on anti-trafficking instruments", "GB", 5)),
              List.of()),
          new Action(
              "Uzbekistan: migration management and trafficking",
              List.of("UZ"),
              "Government of the Republic of Uzbekistan",
              ActionTheme.TRAFFICKING,
              ym(2010, 5),
              ym(2012, 6),
              List.of("NL", "FI", "DE", "HU", "PL", "PT", "RO"),
              List.of(
                  a(SEMINAR, 2010, 5, 18, "Seminar on mobility", "Tashkent"),
                  v(2011, 6, 6, "Study visit on migration and bilateral cooperation", "ES", 5)),
              List.of(
                  d(
                      CAMPAIGN_MATERIAL,
                      "Awareness film on trafficking and illegal migration",
                      ADOPTED,
                      2012,
                      6))),
          new Action(
              "Southeast Asia: legal migration, and migration and development",
              List.of("PH", "ID", "VN"),
              "Commission on Filipinos Overseas; Ministries of Foreign Affairs of Indonesia and Viet Nam",
              ActionTheme.MIGRATION_AND_DEVELOPMENT,
              ym(2012, 3),
              ym(2013, 10),
              List.of("HU", "IT", "NL", "PL", "PH", "ID-ADMIN", "VN"),
              List.of(
                  a(CONFERENCE, 2012, 12, 4, "Regional conference on migration", "Manila"),
                  a(
                      CONFERENCE,
                      2013,
                      8,
                      20,
                      "Regional conference on migration and development",
                      "Jakarta"),
                  a(
                      CONFERENCE,
                      2013,
                      10,
                      15,
                      "Regional conference on irregular migration and migrants' rights",
                      "Hanoi")),
              List.of(
                  d(REPORT, "Report of the Manila conference", VALIDATED, 2013, 1),
                  d(REPORT, "Report of the Jakarta conference", VALIDATED, 2013, 9),
                  d(REPORT, "Report of the Hanoi conference", VALIDATED, 2013, 10))));
}
