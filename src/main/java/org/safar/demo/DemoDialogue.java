package org.safar.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safar.dialogue.KnowledgeProducts;
import org.safar.dialogue.MeetingDraft;
import org.safar.dialogue.MeetingKind;
import org.safar.dialogue.Meetings;
import org.safar.dialogue.ProductDraft;
import org.safar.dialogue.ProductKind;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;

/**
 * Dialogue the documents name: the Budapest Process's 6th Ministerial Conference and a MIEUX
 * regional conference. The documents give no participants per country, so none are invented.
 */
final class DemoDialogue {

  private DemoDialogue() {}

  static void load(
      Meetings meetings, KnowledgeProducts products, Portfolio portfolio, OrgUnits units) {
    OrgUnitScope all = units.scopeOf(Set.of(units.network().id()));
    long network = units.network().id();
    long dialogue = portfolio.findByCode("IMM-DIALOGUE").orElseThrow().id();
    long mieux = portfolio.findByCode("MIEUX").orElseThrow().id();
    meetings.record(
        new MeetingDraft(
            dialogue,
            network,
            MeetingKind.MINISTERIAL_CONFERENCE,
            "6th Ministerial Conference of the Budapest Process",
            LocalDate.of(2019, 2, 20),
            "Istanbul",
            "Close to 40 countries adopted the Istanbul Commitments on the Silk Routes"
                + " Partnership for Migration and its Call for Action.",
            List.of()),
        all);
    meetings.record(
        new MeetingDraft(
            mieux,
            network,
            MeetingKind.THEMATIC,
            "Regional conference on migration",
            LocalDate.of(2012, 12, 1),
            "Manila",
            "First of three two-day regional conferences; the documents give the month only.",
            List.of()),
        all);
    products.record(
        new ProductDraft(
            dialogue,
            network,
            ProductKind.OTHER,
            "Istanbul Commitments on the Silk Routes Partnership for Migration and Call for Action",
            LocalDate.of(2019, 2, 20),
            null,
            "Political declaration and action plan adopted at the 6th Ministerial Conference."),
        all);
  }
}
