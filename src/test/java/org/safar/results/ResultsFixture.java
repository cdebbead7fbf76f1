package org.safar.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.safar.counselling.AgeBand;
import org.safar.counselling.Channel;
import org.safar.counselling.ClientDraft;
import org.safar.counselling.Clients;
import org.safar.counselling.CounsellingSessions;
import org.safar.counselling.Intention;
import org.safar.counselling.MigrantStatus;
import org.safar.counselling.SessionDraft;
import org.safar.counselling.Sex;
import org.safar.counselling.Topic;
import org.safar.identity.Accounts;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Projects, frameworks and counselling records made through the services, as a given person. */
final class ResultsFixture {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final Accounts accounts;
  private final OrgUnits orgUnits;
  private final Portfolio portfolio;
  private final ResultsFrameworks frameworks;
  private final Clients clients;
  private final CounsellingSessions sessions;
  private final JdbcClient jdbc;

  ResultsFixture(
      Accounts accounts,
      OrgUnits orgUnits,
      Portfolio portfolio,
      ResultsFrameworks frameworks,
      Clients clients,
      CounsellingSessions sessions,
      JdbcClient jdbc) {
    this.accounts = accounts;
    this.orgUnits = orgUnits;
    this.portfolio = portfolio;
    this.frameworks = frameworks;
    this.clients = clients;
    this.sessions = sessions;
    this.jdbc = jdbc;
  }

  void signInAs(String username) {
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

  static void signOut() {
    SecurityContextHolder.clearContext();
  }

  long mrc(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  /** A new project under MIGRATION-MPTF with a framework over the whole network. */
  ResultsFramework project(LocalDate start, LocalDate end) {
    return project(start, end, orgUnits.network().id(), List.of());
  }

  /** A new project owned by {@code owner}, its framework over {@code units} (none: the owner). */
  ResultsFramework project(LocalDate start, LocalDate end, long owner, List<Long> units) {
    Programme parent = portfolio.findByCode("MIGRATION-MPTF").orElseThrow();
    String code = "TEST-RESULTS-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
    Programme p =
        portfolio.record(
            new Programme(
                null,
                parent.id(),
                PortfolioLevel.PROJECT,
                code,
                "Test project " + code,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                start,
                end,
                null,
                null,
                org.safar.portfolio.ProgrammeStatus.RUNNING,
                owner,
                0));
    return frameworks.create(p.id(), new FrameworkDraft(units, start, end, 2, 1, 0));
  }

  long output(ResultsFramework f) {
    ResultNode impact = frameworks.addResult(f.id(), null, "1", "Safer migration");
    ResultNode outcome = frameworks.addResult(f.id(), impact.id(), "1.1", "Informed decisions");
    return frameworks.addResult(f.id(), outcome.id(), "1.1.1", "Counselling given").id();
  }

  static Indicator indicator(
      ResultsFramework f,
      long result,
      String source,
      Measure measure,
      Filters filters,
      Filters part,
      Dimension... dimensions) {
    return new Indicator(
        null,
        f.id(),
        result,
        "I" + NEXT.incrementAndGet(),
        "Indicator " + source + " " + measure,
        source,
        measure,
        measure == Measure.RATIO ? Unit.PERCENTAGE : Unit.NUMBER,
        true,
        filters,
        part,
        Filters.NONE,
        Filters.NONE,
        false,
        List.of(dimensions),
        null,
        null,
        0);
  }

  /** A client at the MRC (signed in as a counsellor there) with one session per day given. */
  long clientWithSessions(long mrc, Sex sex, AgeBand band, LocalDate... days) {
    long client =
        clients
            .register(
                new ClientDraft(
                    mrc,
                    "Results test " + NEXT.incrementAndGet(),
                    null,
                    sex,
                    null,
                    band,
                    null,
                    null,
                    MigrantStatus.POTENTIAL,
                    null,
                    List.of(),
                    false,
                    false,
                    null,
                    null))
            .id();
    boolean first = true;
    for (LocalDate day : days) {
      session(client, day, first ? Intention.IRREGULAR : Intention.REGULAR);
      first = false;
    }
    return client;
  }

  long session(long client, LocalDate day, Intention intention) {
    return sessions.record(
        client,
        new SessionDraft(
            Channel.WALK_IN,
            day,
            30,
            Set.of(Topic.VISAS),
            null,
            null,
            false,
            null,
            null,
            intention,
            3,
            null));
  }
}
