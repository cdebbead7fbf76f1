package org.safar.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.shell.ResultPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search in a stemmed language first looks through the newest texts only (see {@link
 * PublicLeafletRepository#NEWEST}); whichever way it goes, it must find the same page as a search
 * through the full-text index over every match. The leaflets here are written and searched in one
 * transaction that is rolled back, so the other tests never see them.
 */
@SafarIntegrationTest
class PortalSearchPlanTests {

  @Autowired JdbcClient jdbc;
  @Autowired PublicLeafletRepository repository;
  @Autowired PublicLeaflets leaflets;
  @Autowired PlatformTransactionManager transactions;

  /**
   * {@code count} published English leaflets, the newest first, one a second; the word is in the
   * text of every {@code every}-th one, and in the title of every seventh of those, so that ranking
   * and date both decide the order.
   */
  private void publish(String word, int count, int every) {
    jdbc.sql(
            "insert into leaflet (owner_org_unit_id, source_language, topics, destinations,"
                + " audiences, status, status_by, published_at, published_by, created_by,"
                + " updated_by)"
                + " select (select id from org_unit where kind = 'NETWORK'), 'en',"
                + " array['SAFE_MIGRATION'], array[case when g % 2 = 0 then 'SA' else 'QA' end],"
                + " array['POTENTIAL'], 'PUBLISHED', 'test', now() + make_interval(secs => 1000000"
                + " - g), 'test', 'plan-test', 'test' from generate_series(1, :count) g")
        .param("count", count)
        .update();
    jdbc.sql(
            "insert into leaflet_translation (leaflet_id, language, title, summary,"
                + " body_markdown, body_html, body_text, ts_config, created_by, updated_by)"
                + " select l.id, 'en', t.title, 'Where to ask for help', t.body, t.body, t.body,"
                + " 'english', 'test', 'test'"
                + " from (select id, row_number() over (order by published_at desc) as n"
                + " from leaflet where created_by = 'plan-test') l"
                + " cross join lateral (select case when l.n % (:every * 7) = 0"
                + " then 'About ' || :word else 'Leaflet ' || l.n end as title,"
                + " case when l.n % :every = 0 then 'Work abroad and ' || :word || ' rules'"
                + " else 'Work abroad rules' end as body) t")
        .param("every", every)
        .param("word", word)
        .update();
  }

  private <T> T rolledBack(java.util.function.Supplier<T> work) {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    return tx.execute(
        status -> {
          status.setRollbackOnly();
          return work.get();
        });
  }

  private static PublicLeafletSearch search(String word) {
    return new PublicLeafletSearch(word, null, null, null, "en");
  }

  @Test
  void aCommonWordIsFoundAmongTheNewestTextsAndTheyAreTheSameAsTheIndexFinds() {
    rolledBack(
        () -> {
          // 1,200 leaflets, the word in two of three: the newest 300 texts hold 200 matches
          publish("quokkafjord", 1200, 1);
          jdbc.sql(
                  "update leaflet_translation t set body_text = 'nothing here'"
                      + " from leaflet l where l.id = t.leaflet_id and l.created_by = 'plan-test'"
                      + " and t.leaflet_id % 3 = 0")
              .update();
          PublicLeafletSearch s = search("quokkafjord");
          PublicLeafletRepository.Ranked newest =
              repository.searchRanked(s, 20, 0, PublicLeafletRepository.NEWEST);
          assertThat(newest.total()).isEqualTo(PublicLeafletRepository.RANKED);
          for (int page : List.of(0, 1, 5, 9)) {
            PublicLeafletRepository.Ranked all = repository.searchRanked(s, 20, page * 20L, 0);
            PublicLeafletRepository.Ranked chosen = repository.searchRanked(s, 20, page * 20L);
            assertThat(chosen.rows()).hasSize(20).isEqualTo(all.rows());
            assertThat(chosen.total()).isEqualTo(all.total()).isEqualTo(200);
          }
          // the title matches rank first, then the newest
          assertThat(repository.searchRanked(s, 20, 0).rows().get(0).title())
              .isEqualTo("About quokkafjord");
          return null;
        });
  }

  @Test
  void aRareWordFallsBackToTheIndexAndFindsOlderMatchesToo() {
    rolledBack(
        () -> {
          // the word in one leaflet of ten: 100 matches in the newest 1,000, 150 in all
          publish("wombatglade", 1500, 10);
          PublicLeafletSearch s = search("wombatglade");
          assertThat(repository.searchRanked(s, 20, 0, PublicLeafletRepository.NEWEST).total())
              .isLessThan(PublicLeafletRepository.RANKED);
          PublicLeafletRepository.Ranked chosen = repository.searchRanked(s, 20, 140);
          assertThat(chosen.total()).isEqualTo(150);
          assertThat(chosen.rows())
              .hasSize(10)
              .isEqualTo(repository.searchRanked(s, 20, 140, 0).rows());
          ResultPage<PublicLeaflet> page = leaflets.search(s, 7, 20);
          assertThat(page.total()).isEqualTo(150);
          assertThat(page.rows()).hasSize(10);
          // a page past the end is empty and still says how many were found
          assertThat(leaflets.search(s, 8, 20).rows()).isEmpty();
          assertThat(leaflets.search(s, 8, 20).total()).isEqualTo(150);
          return null;
        });
  }

  @Test
  void theFiltersApplyToTheNewestTextsLookedThrough() {
    rolledBack(
        () -> {
          publish("numbatcove", 1200, 1);
          // half of the leaflets are about Saudi Arabia: the newest 400 hold its 200 matches
          PublicLeafletSearch s =
              new PublicLeafletSearch("numbatcove", LeafletTopic.SAFE_MIGRATION, "SA", null, "en");
          PublicLeafletRepository.Ranked chosen = repository.searchRanked(s, 20, 20);
          assertThat(chosen.total()).isEqualTo(200);
          assertThat(chosen.rows()).isEqualTo(repository.searchRanked(s, 20, 20, 0).rows());
          assertThat(chosen.rows()).allSatisfy(l -> assertThat(l.destinations()).contains("SA"));
          return null;
        });
  }

  @Test
  void theTrigramColumnKeepsNoSampleSoPlanningDoesNotRunTheMatch() {
    assertThat(
            jdbc.sql(
                    "select attstattarget from pg_attribute"
                        + " where attrelid = 'leaflet_translation'::regclass"
                        + " and attname = 'search_trgm'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }
}
