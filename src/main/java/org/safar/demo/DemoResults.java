package org.safar.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safar.counselling.AgeBand;
import org.safar.counselling.Channel;
import org.safar.counselling.ClientDraft;
import org.safar.counselling.Clients;
import org.safar.counselling.ConsentMethod;
import org.safar.counselling.CounsellingSessions;
import org.safar.counselling.GroupSessionDraft;
import org.safar.counselling.GroupSessionKind;
import org.safar.counselling.GroupSessions;
import org.safar.counselling.Intention;
import org.safar.counselling.MigrantStatus;
import org.safar.counselling.SessionDraft;
import org.safar.counselling.Sex;
import org.safar.counselling.Topic;
import org.safar.identity.Accounts;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.safar.results.Dimension;
import org.safar.results.Filters;
import org.safar.results.FrameworkDraft;
import org.safar.results.Indicator;
import org.safar.results.Measure;
import org.safar.results.ResultNode;
import org.safar.results.ResultsFramework;
import org.safar.results.ResultsFrameworks;
import org.safar.results.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A results framework for the PROTECT programme's MRC component, and a few dozen counselling
 * records at MRC Dhaka and MRC Kabul over the last quarters so its dashboard is not empty. Records
 * are made through the services, signed in as the demo person who would make them. The client names
 * are made up.
 */
@Component
class DemoResults {

  private static final String[] NAMES = {
    "Nasrin", "Sumon", "Rokeya", "Jamal", "Shirin", "Karim", "Lima", "Habib", "Taslima", "Rafi",
    "Parveen", "Arif", "Zohra", "Wahid", "Farida", "Omid", "Latifa", "Yama", "Hamida", "Sohail"
  };

  private final Accounts accounts;
  private final OrgUnits orgUnits;
  private final Portfolio portfolio;
  private final ResultsFrameworks frameworks;
  private final Clients clients;
  private final CounsellingSessions sessions;
  private final GroupSessions groups;
  private final JdbcClient jdbc;

  DemoResults(
      Accounts accounts,
      OrgUnits orgUnits,
      Portfolio portfolio,
      ResultsFrameworks frameworks,
      Clients clients,
      CounsellingSessions sessions,
      GroupSessions groups,
      JdbcClient jdbc) {
    this.accounts = accounts;
    this.orgUnits = orgUnits;
    this.portfolio = portfolio;
    this.frameworks = frameworks;
    this.clients = clients;
    this.sessions = sessions;
    this.groups = groups;
    this.jdbc = jdbc;
  }

  void load() {
    var previous = SecurityContextHolder.getContext().getAuthentication();
    try {
      LocalDate today = LocalDate.now();
      counsel("counsellor.dhaka", "MRC-DHAKA", 0, today);
      counsel("counsellor.kabul", "MRC-KABUL", 10, today);
      framework(today);
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }

  private void signIn(String username) {
    long id =
        jdbc.sql("select id from account where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    var principal = accounts.reload(id);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
  }

  /** Ten clients at the MRC, one to three sessions each over the last 18 months, two groups. */
  private void counsel(String counsellor, String mrcCode, int first, LocalDate today) {
    signIn(counsellor);
    long mrc = orgUnits.findByCode(mrcCode).orElseThrow().id();
    Sex[] sexes = {Sex.FEMALE, Sex.MALE};
    AgeBand[] bands = {AgeBand.AGE_18_24, AgeBand.AGE_25_34, AgeBand.AGE_35_49, AgeBand.UNDER_18};
    Channel[] channels = {Channel.WALK_IN, Channel.HOTLINE, Channel.MESSENGER, Channel.WHATSAPP};
    Topic[] topics = {
      Topic.RECRUITMENT_COSTS, Topic.VISAS, Topic.IRREGULAR_MIGRATION, Topic.CONTRACTS
    };
    for (int n = first; n < first + 10; n++) {
      long client =
          clients
              .register(
                  new ClientDraft(
                      mrc,
                      null,
                      NAMES[n] + " (demo)",
                      sexes[n % 2],
                      null,
                      bands[n % 4],
                      null,
                      null,
                      n % 3 == 0 ? MigrantStatus.RETURNED : MigrantStatus.POTENTIAL,
                      null,
                      List.of(),
                      true,
                      false,
                      today.minusMonths(18),
                      ConsentMethod.VERBAL))
              .id();
      int visits = 1 + n % 3;
      for (int v = 0; v < visits; v++) {
        LocalDate day = today.minusDays(540 - (n * 37L + v * 60L) % 520);
        Intention intention =
            v == 0 ? (n % 2 == 0 ? Intention.IRREGULAR : Intention.UNDECIDED) : Intention.REGULAR;
        sessions.record(
            client,
            new SessionDraft(
                channels[(n + v) % 4],
                day,
                20 + 5 * (n % 5),
                Set.of(topics[(n + v) % 4]),
                null,
                null,
                false,
                null,
                null,
                v < 2 ? intention : null,
                v < 2 ? 3 + v : null,
                null));
      }
    }
    for (int g = 0; g < 2; g++) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      counts.put("FEMALE/AGE_18_24", 7 + g);
      counts.put("FEMALE/AGE_25_34", 5);
      counts.put("MALE/AGE_18_24", 9 - g);
      counts.put("MALE/AGE_25_34", 6);
      groups.record(
          new GroupSessionDraft(
              mrc,
              g == 0 ? GroupSessionKind.INFORMATION : GroupSessionKind.PRE_DEPARTURE,
              today.minusDays(30 + 120L * g),
              "MRC hall",
              EnumSet.of(Topic.CONTRACTS),
              null,
              counts));
    }
  }

  /** The framework of PROTECT's MRC component, as the M&E officer would set it up. */
  private void framework(LocalDate today) {
    signIn("mande");
    long component = portfolio.findByCode("PROTECT-MRC").orElseThrow().id();
    LocalDate start = LocalDate.of(today.getYear() - 2, 1, 1);
    LocalDate end = LocalDate.of(today.getYear() + 2, 12, 31);
    ResultsFramework f =
        frameworks.create(component, new FrameworkDraft(List.of(), start, end, 2, 2, 1));
    ResultNode impact =
        frameworks.addResult(
            f.id(), null, "1", "Migrants decide on migration with reliable information");
    ResultNode outcome =
        frameworks.addResult(
            f.id(), impact.id(), "1.1", "Fewer people intend to migrate irregularly");
    ResultNode output =
        frameworks.addResult(
            f.id(), outcome.id(), "1.1.1", "MRCs counsel migrants and their families");
    Filters none = Filters.NONE;
    long people =
        frameworks.define(
            indicator(
                f,
                output.id(),
                "1.1.1.a",
                "People counselled",
                "SESSIONS",
                Measure.DISTINCT,
                Unit.NUMBER,
                true,
                none,
                none,
                none,
                none,
                false,
                List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.MRC)));
    frameworks.setTarget(
        people,
        LocalDate.of(today.getYear(), 1, 1),
        LocalDate.of(today.getYear(), 12, 31),
        BigDecimal.valueOf(40));
    frameworks.define(
        indicator(
            f,
            output.id(),
            "1.1.1.b",
            "Counselling sessions",
            "SESSIONS",
            Measure.COUNT,
            Unit.NUMBER,
            true,
            none,
            none,
            none,
            none,
            false,
            List.of(Dimension.SEX, Dimension.CHANNEL, Dimension.MRC)));
    frameworks.define(
        indicator(
            f,
            output.id(),
            "1.1.1.c",
            "People at group information sessions",
            "GROUP_ATTENDANCE",
            Measure.COUNT,
            Unit.NUMBER,
            true,
            none,
            none,
            none,
            none,
            false,
            List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.KIND)));
    frameworks.define(
        indicator(
            f,
            output.id(),
            "1.1.1.d",
            "Referrals completed",
            "REFERRALS",
            Measure.COUNT,
            Unit.NUMBER,
            true,
            filter(Dimension.STATUS, "DONE"),
            none,
            none,
            none,
            false,
            List.of(Dimension.SERVICE)));
    frameworks.define(
        indicator(
            f,
            outcome.id(),
            "1.1.a",
            "Change in the share intending to migrate irregularly (points)",
            "INTENTIONS",
            Measure.CHANGE,
            Unit.PERCENTAGE,
            false,
            none,
            filter(Dimension.INTENTION, "IRREGULAR"),
            filter(Dimension.STAGE, "INTAKE"),
            filter(Dimension.STAGE, "FOLLOW_UP"),
            true,
            List.of(Dimension.SEX)));
  }

  private static Filters filter(Dimension d, String code) {
    return new Filters(Map.of(d, Set.of(code)));
  }

  private static Indicator indicator(
      ResultsFramework f,
      long result,
      String code,
      String title,
      String source,
      Measure measure,
      Unit unit,
      boolean ascending,
      Filters filters,
      Filters part,
      Filters before,
      Filters after,
      boolean persons,
      List<Dimension> dimensions) {
    return new Indicator(
        null,
        f.id(),
        result,
        code,
        title,
        source,
        measure,
        unit,
        ascending,
        filters,
        part,
        before,
        after,
        persons,
        dimensions,
        null,
        null,
        0);
  }
}
