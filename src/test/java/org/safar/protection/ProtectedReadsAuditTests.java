package org.safar.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 100 % of reads of a protected record are audited: every page and file that can show a client is
 * opened by the caseworker, the counsellor who first saw the person, an administrator and the
 * shelter's staff; whenever a response shows the protected client at all (even as "Confidential"),
 * the audit trail must have gained an entry for that read. A second test keeps the list of paths
 * complete: every GET route of the application is either read here or declared as showing no
 * client.
 */
@SafarIntegrationTest
class ProtectedReadsAuditTests {

  /** GET routes that never show a client or anything recorded about one. */
  static final Set<String> NO_CLIENT =
      Set.of(
          "/",
          "/portfolio/calendar",
          "/login",
          "/login/code",
          "/error",
          "/profile",
          "/profile/password",
          "/profile/two-factor",
          "/profile/two-factor/setup",
          "/profile/two-factor/codes",
          "/accounts",
          "/accounts/new",
          "/accounts/{id}",
          "/accounts/{id}/edit",
          "/accounts/{id}/password",
          "/accounts/{id}/disable",
          "/accounts/{id}/two-factor",
          "/orgunits",
          "/orgunits/new",
          "/orgunits/{id}",
          "/orgunits/{id}/edit",
          "/accounts/{id}/two-factor/reset",
          "/profile/two-factor/disable",
          "/profile/two-factor/recovery-codes",
          "/test/failure",
          "/portfolio",
          "/portfolio/{id}",
          // programme work: outreach, dialogue and equipment hold no client
          "/portfolio/{id}/edit",
          "/outreach/campaigns",
          "/outreach/campaigns/export.csv",
          "/outreach/campaigns/{id}",
          "/outreach/campaigns/new",
          "/outreach/campaigns/{id}/edit",
          "/outreach/campaigns/{id}/delete",
          "/outreach/events",
          "/outreach/events/export.csv",
          "/outreach/events/{id}",
          "/outreach/events/new",
          "/outreach/events/{id}/edit",
          "/outreach/events/{id}/delete",
          "/dialogue/meetings",
          "/dialogue/meetings/export.csv",
          "/dialogue/meetings/{id}",
          "/dialogue/meetings/new",
          "/dialogue/meetings/{id}/edit",
          "/dialogue/meetings/{id}/delete",
          "/equipment",
          "/equipment/export.csv",
          "/equipment/{id}",
          "/equipment/new",
          "/equipment/{id}/edit",
          "/equipment/{id}/delete",
          "/dialogue/products",
          "/dialogue/products/export.csv",
          "/dialogue/products/new",
          "/dialogue/products/{id}/edit",
          "/dialogue/products/{id}/delete",
          // technical assistance: actions, activities, experts; no client anywhere
          "/assistance",
          "/assistance/export.csv",
          "/assistance/new",
          "/assistance/{id}",
          "/assistance/{id}/edit",
          "/assistance/calendar",
          "/assistance/{actionId}/activities/new",
          "/assistance/activities/{id}",
          "/assistance/activities/{id}/edit",
          "/assistance/{actionId}/deliverables/new",
          "/assistance/deliverables/{id}/edit",
          "/assistance/experts",
          "/assistance/experts/new",
          "/assistance/experts/{id}",
          "/assistance/experts/{id}/edit",
          "/counselling/clients/new",
          "/counselling/inquiries/new",
          "/counselling/groups",
          "/counselling/groups/new",
          "/counselling/groups/{id}/edit",
          "/counselling/mrcs/{mrcId}/tokens",
          "/referrals/providers",
          "/referrals/providers/new",
          "/referrals/providers/{id}",
          "/referrals/providers/{id}/edit",
          // trainings: participants are trainees of institutions, never counselling clients
          "/trainings",
          "/trainings/export.csv",
          "/trainings/new",
          "/trainings/{id}",
          "/trainings/{id}/edit",
          "/trainings/{id}/participants/new",
          "/trainings/{id}/participants/{pid}/remove",
          "/trainings/{id}/participants.csv",
          "/trainings/{id}/participants/import",
          "/trainings/imports/{job}",
          "/trainings/imports/{job}/problems.csv",
          "/trainings/series",
          "/trainings/series/{id}",
          "/trainings/modules",
          "/audit",
          "/audit/export.csv",
          "/v3/api-docs",
          "/v3/api-docs.yaml",
          "/v3/api-docs/{group}",
          "/v3/api-docs.yaml/{group}",
          // the portal's front page (main left it out), agencies and news: no client on them
          "/portal",
          "/agencies",
          "/agencies/{id}",
          // the survey import shows counts and the file's own values, never a client's record
          "/counselling/follow-ups/import",
          "/counselling/follow-ups/import/template.csv",
          "/counselling/follow-ups/import/{id}",
          "/counselling/follow-ups/import/{id}/errors.csv",
          "/agencies/import",
          "/agencies/import/{id}",
          "/agencies/import/{id}/errors.csv",
          "/portal/agencies",
          "/portal/agencies/{id}",
          "/portal/agencies/report",
          "/news",
          "/news/new",
          "/news/{id}/edit",
          "/news/{id}/image",
          "/news/{id}/preview",
          "/news/{id}/delete",
          // the MRCs' public profiles: the centres' contact details, never a client
          "/content/mrcs",
          "/content/mrcs/{id}",
          "/news/import",
          "/news/publications",
          "/news/publications/{id}",
          "/portal/news",
          "/portal/news/{id}",
          "/portal/news/{id}/image",
          "/portal/news/feed/{language}.rss",
          "/portal/news/feed/{language}.atom",
          "/portal/publications",
          "/portal/publications/{id}/{language}.pdf",
          // the editors' leaflet pages: leaflets only, never a client
          "/content/leaflets",
          "/content/leaflets/new",
          "/content/leaflets/{id}",
          "/content/leaflets/{id}/archive",
          "/content/leaflets/{id}/edit",
          "/content/leaflets/{id}/leaflet.pdf",
          "/content/leaflets/{id}/translations/{language}",
          // results: aggregates only, never a person
          "/portal/results/{code}",
          "/results",
          "/results/projects/{programmeId}",
          "/results/projects/{id}/iati.xml",
          "/results/projects/{id}/values.csv",
          "/results/projects/{id}/dhis2.json",
          "/results/programmes/{id}",
          "/results/frameworks/{id}/edit",
          "/results/frameworks/{frameworkId}/indicators/new",
          "/results/indicators/{id}",
          "/results/indicators/{id}/edit",
          "/results/indicators/{id}/delete",
          "/results/indicators/{id}/targets/delete",
          "/results/indicators/{id}/manual-values/delete",
          "/results/results/{id}/delete",
          "/results/frameworks/{id}/dhis2",
          // de-identified records behind an indicator: no name, no client id, protected rows left
          // out
          "/results/indicators/{id}/records.csv",
          "/results/projects/{programmeId}/reports/new",
          "/results/reports/{id}/edit",
          "/results/reports/{id}.pdf",
          "/results/reports/{id}.xlsx",
          "/results/report-jobs/{job}",
          "/results/report-jobs/{job}/file",
          "/results/programmes/{id}/achievements.xlsx",
          "/api/v1/indicators/{id}/values",
          "/api/v1/frameworks/{id}/values");

  /** GET routes that can show a client, each read below with the case's ids filled in. */
  static final Map<String, String> CLIENT_READING =
      Map.ofEntries(
          Map.entry("/counselling/clients/{id}", "/counselling/clients/{client}"),
          Map.entry("/counselling/clients/{id}/edit", "/counselling/clients/{client}/edit"),
          Map.entry(
              "/counselling/clients/{clientId}/sessions/new",
              "/counselling/clients/{client}/sessions/new"),
          Map.entry("/counselling/clients/{id}/merge", "/counselling/clients/{client}/merge"),
          Map.entry(
              "/counselling/clients/{id}/merge/{keptId}",
              "/counselling/clients/{other}/merge/{client}"),
          Map.entry("/counselling/clients/{id}/erase", "/counselling/clients/{client}/erase"),
          Map.entry("/counselling/clients/{id}/protect", "/counselling/clients/{client}/protect"),
          Map.entry("/counselling/sessions/{id}/edit", "/counselling/sessions/{session}/edit"),
          Map.entry("/counselling/follow-ups/{id}", "/counselling/follow-ups/{followUp}"),
          Map.entry("/counselling/inquiries/{id}", "/counselling/inquiries/{inquiry}"),
          Map.entry("/counselling/groups/{id}", "/counselling/groups/{group}"),
          Map.entry("/referrals/clients/{clientId}", "/referrals/clients/{client}"),
          Map.entry("/referrals/new", "/referrals/new?client={client}"),
          Map.entry("/referrals/{id}", "/referrals/{referral}"),
          Map.entry("/referrals/{id}/edit", "/referrals/{referral}/edit"),
          Map.entry("/referrals/{id}/form.pdf", "/referrals/{referral}/form.pdf"),
          Map.entry("/counselling/clients", "/counselling/clients?mrc={mrc}"),
          Map.entry("/counselling/sessions", "/counselling/sessions?mrc={mrc}"),
          Map.entry("/counselling/inquiries", "/counselling/inquiries?mrc={mrc}"),
          Map.entry("/counselling/follow-ups", "/counselling/follow-ups"),
          Map.entry("/counselling", "/counselling"),
          Map.entry("/counselling/mrcs/{mrcId}", "/counselling/mrcs/{mrc}"),
          Map.entry("/counselling/clients/export.csv", "/counselling/clients/export.csv?mrc={mrc}"),
          Map.entry(
              "/counselling/sessions/export.csv", "/counselling/sessions/export.csv?mrc={mrc}"),
          Map.entry(
              "/counselling/inquiries/export.csv", "/counselling/inquiries/export.csv?mrc={mrc}"),
          Map.entry("/referrals", "/referrals"),
          Map.entry("/counselling/protected", "/counselling/protected"));

  static final List<String> READERS =
      List.of(
          "caseworker.dhaka", "supervisor.dhaka", "counsellor.dhaka", "admin", "provider.dhaka");

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;
  @Autowired RequestMappingHandlerMapping mappings;

  final Map<String, StaffClient> people = new ConcurrentHashMap<>();

  StaffClient as(String user) {
    return people.computeIfAbsent(
        user, u -> StaffClient.signedIn(port, u, ProtectedCaseFixture.PASSWORD));
  }

  @Test
  void everyGetRouteIsEitherReadBelowOrShowsNoClient() {
    Set<String> routes = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
              if (verbs.isEmpty() || verbs.contains(RequestMethod.GET)) {
                routes.addAll(info.getPatternValues());
              }
            });
    Set<String> unknown = new TreeSet<>(routes);
    unknown.removeAll(NO_CLIENT);
    // the public portal serves anonymous visitors: no principal there can see a client
    unknown.removeIf(route -> route.equals("/portal") || route.startsWith("/portal/"));
    unknown.removeAll(CLIENT_READING.keySet());
    assertThat(unknown)
        .as("GET routes neither read by this test nor declared to show no client")
        .isEmpty();
    assertThat(routes).as("routes this test reads").containsAll(CLIENT_READING.keySet());
  }

  @Test
  void everyReadOfAProtectedClientIsAudited() {
    long shelter =
        jdbc.sql("select id from service_provider where name = ?")
            .param("Safe Home Dhaka (demo shelter)")
            .query(Long.class)
            .single();
    long mrc = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    ProtectedCaseFixture f =
        ProtectedCaseFixture.build(
            jdbc,
            "Au" + System.nanoTime() % 100000,
            "MRC-DHAKA",
            mrc,
            "counsellor.dhaka",
            as("counsellor.dhaka"),
            as("caseworker.dhaka"),
            "caseworker.dhaka",
            "supervisor.dhaka",
            shelter);
    as("counsellor.dhaka")
        .postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId=" + mrc + "&fullName=Someone+Else&migrantStatus=POTENTIAL&notDuplicate=true");
    long other =
        jdbc.sql("select max(id) from client where mrc_id = ? and id <> ?")
            .params(mrc, f.client)
            .query(Long.class)
            .single();
    List<String> reads = new ArrayList<>();
    List<String> unaudited = new ArrayList<>();
    for (String reader : READERS) {
      for (String template : CLIENT_READING.values()) {
        String path =
            template
                .replace("{client}", String.valueOf(f.client))
                .replace("{other}", String.valueOf(other))
                .replace("{session}", String.valueOf(f.session))
                .replace("{followUp}", String.valueOf(f.followUp))
                .replace("{inquiry}", String.valueOf(f.inquiry))
                .replace("{group}", String.valueOf(f.group))
                .replace("{referral}", String.valueOf(f.referral))
                .replace("{mrc}", String.valueOf(mrc));
        long before = audited(f.client);
        StaffClient.Read r = as(reader).read(path);
        long after = audited(f.client);
        // a refusal (403) shows nothing of the record; the access matrix checks it holds nothing
        if (r.status() == 200 && shows(r.text(), f)) {
          reads.add(reader + " " + path);
          if (after <= before) {
            unaudited.add(reader + " " + path + " (" + r.status() + ")");
          }
        }
      }
    }
    System.out.println(
        "Protected-record reads: " + reads.size() + " reads, " + unaudited.size() + " unaudited");
    assertThat(unaudited).as("reads of a protected client with no audit entry").isEmpty();
    // the check above must have had reads to check: each reader saw the client somewhere
    assertThat(reads).hasSizeGreaterThan(40);
  }

  /** Whether a response shows the client in any form: a link, a row, a CSV line, a name. */
  static boolean shows(String body, ProtectedCaseFixture f) {
    String id = String.valueOf(f.client);
    if (body.contains("/counselling/clients/" + id + "\"")
        || body.contains("/counselling/clients/" + id + "/")
        || body.contains("/referrals/clients/" + id)
        || body.contains("/counselling/clients/" + id + "?")) {
      return true;
    }
    for (String line : body.split("\n")) {
      if (line.startsWith(id + ",") || line.contains("," + id + ",")) {
        return true;
      }
    }
    return f.secrets().stream().anyMatch(body::contains);
  }

  long audited(long client) {
    return jdbc.sql(
            "select count(*) from audit_event where action = 'PROTECTED_READ'"
                + " and subject_type = 'client' and subject_id = ?")
        .param(String.valueOf(client))
        .query(Long.class)
        .single();
  }
}
