package org.safar.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.outreach.Audience;
import org.safar.outreach.CampaignChannel;
import org.safar.outreach.CampaignDraft;
import org.safar.outreach.Campaigns;
import org.safar.outreach.EventDraft;
import org.safar.outreach.EventKind;
import org.safar.outreach.OutreachEvents;
import org.safar.portfolio.Portfolio;

/**
 * Awareness work the programme documents describe: MRC Bangladesh's workshops with imams, courtyard
 * meetings on safe migration for women, and the MRCs' Facebook reach in Bangladesh and Pakistan
 * during the 2020 lockdown. Head counts per event are illustrative; the reach figures are the
 * documents' own.
 */
final class DemoOutreach {

  private DemoOutreach() {}

  static void load(
      Campaigns campaigns, OutreachEvents events, Portfolio portfolio, OrgUnits units) {
    OrgUnitScope all = units.scopeOf(Set.of(units.network().id()));
    long mrcs = portfolio.findByCode("IMM-FLAGSHIPS").orElseThrow().id();
    long facility = portfolio.findByCode("IMM-FACILITY").orElseThrow().id();
    long dhaka = units.findByCode("MRC-DHAKA").orElseThrow().id();
    long lahore = units.findByCode("MRC-LAHORE").orElseThrow().id();

    long imams =
        campaigns.record(
            new CampaignDraft(
                mrcs,
                dhaka,
                "Imams as safe-migration messengers",
                "Religious leaders, trusted advisers in their communities, pass on safe-migration"
                    + " information in sermons and over mosque loudspeakers.",
                EnumSet.of(Audience.RELIGIOUS_LEADERS, Audience.POTENTIAL_MIGRANTS),
                EnumSet.of(CampaignChannel.FACE_TO_FACE, CampaignChannel.MOSQUE_AND_COMMUNITY),
                LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 12, 31),
                "MRC leaflets on safe migration processes and recruitment costs"),
            all);
    events.record(
        event(
            imams,
            mrcs,
            dhaka,
            EventKind.RELIGIOUS_LEADERS_WORKSHOP,
            2019,
            4,
            17,
            "Dhaka",
            Map.of("MALE/AGE_35_49", 14, "MALE/AGE_50_PLUS", 9),
            0),
        all);
    events.record(
        event(
            imams,
            mrcs,
            dhaka,
            EventKind.COMMUNITY_MEETING,
            2019,
            6,
            9,
            "Mosque courtyard, Savar",
            Map.of("MALE/AGE_18_24", 22, "MALE/AGE_25_34", 31, "FEMALE/AGE_25_34", 6),
            0),
        all);

    long courtyard =
        campaigns.record(
            new CampaignDraft(
                facility,
                dhaka,
                "Courtyard meetings for women who plan to migrate",
                "Safe migration for female migrants, in small meetings close to home.",
                EnumSet.of(Audience.WOMEN, Audience.POTENTIAL_MIGRANTS),
                EnumSet.of(CampaignChannel.FACE_TO_FACE),
                LocalDate.of(2020, 1, 15),
                null,
                "Picture cards on contracts and recruitment fees"),
            all);
    events.record(
        event(
            courtyard,
            facility,
            dhaka,
            EventKind.COURTYARD_MEETING,
            2020,
            2,
            12,
            "Courtyard, Cumilla district",
            Map.of("FEMALE/AGE_18_24", 11, "FEMALE/AGE_25_34", 8, "FEMALE/AGE_35_49", 4),
            0),
        all);

    long online =
        campaigns.record(
            new CampaignDraft(
                mrcs,
                lahore,
                "Safe migration during the lockdown",
                "Answer migrants' questions on expiring visas, stopped flights and return while"
                    + " travel is restricted.",
                EnumSet.of(
                    Audience.POTENTIAL_MIGRANTS, Audience.RETURNEES, Audience.GENERAL_PUBLIC),
                EnumSet.of(CampaignChannel.SOCIAL_MEDIA, CampaignChannel.SCHOOLS),
                LocalDate.of(2020, 3, 20),
                LocalDate.of(2020, 9, 30),
                "Facebook posts and short videos"),
            all);
    events.record(
        event(
            online,
            mrcs,
            lahore,
            EventKind.SOCIAL_MEDIA_POST,
            2020,
            8,
            31,
            "MRC Pakistan Facebook page",
            Map.of(),
            7_500_000),
        all);
    events.record(
        event(
            online,
            mrcs,
            lahore,
            EventKind.SCHOOL_SESSION,
            2020,
            2,
            27,
            "Government high school, Lahore",
            Map.of("MALE/UNDER_18", 38, "FEMALE/UNDER_18", 29),
            0),
        all);
    events.record(
        new EventDraft(
            null,
            mrcs,
            dhaka,
            EventKind.SOCIAL_MEDIA_POST,
            LocalDate.of(2020, 8, 31),
            "MRC Bangladesh Facebook page",
            2_000_000L,
            "Reach since the outbreak of the pandemic, with over 10,000 followers.",
            Map.of()),
        all);
  }

  private static EventDraft event(
      long campaign,
      long project,
      long unit,
      EventKind kind,
      int y,
      int m,
      int d,
      String place,
      Map<String, Integer> counts,
      long reach) {
    return new EventDraft(
        campaign, project, unit, kind, LocalDate.of(y, m, d), place, reach, null, counts);
  }
}
