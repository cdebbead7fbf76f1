package org.safar.portal;

import static org.safar.portal.LeafletRepository.instant;
import static org.safar.portal.LeafletRepository.strings;
import static org.safar.portal.LeafletRepository.terms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safar.shell.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the portal: published leaflets only. Full-text search uses each translation's own
 * text-search configuration: {@code websearch_to_tsquery} with the language's stemmer (English,
 * Russian, Arabic); for languages without one, whole words and word beginnings in the {@code
 * simple} configuration, or a trigram match ({@code <%}, pg_trgm's word similarity) on the title
 * and summary, which forgives a different ending or a misspelt letter. Every condition is served by
 * a GIN index.
 */
@Repository
class PublicLeafletRepository {

  private final JdbcClient jdbc;

  PublicLeafletRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The most matches that are ranked: a search for a word found in most leaflets ranks the newest
   * {@value} of them, so its cost has a ceiling however many leaflets match.
   */
  static final int RANKED = 200;

  /**
   * How many of the newest published texts (in the searched language, with the other filters) a
   * search in a stemmed language looks through first. When at least {@link #RANKED} of them match,
   * they are the newest {@link #RANKED} matches and the search is done without the full-text index;
   * otherwise it asks the index for every match. A word in most leaflets is thus a short walk of
   * the newest texts (PostgreSQL misjudges how many texts two common words share, and chose to
   * fetch every one of the thousands of matches from the GIN index and sort them by date: 27 ms
   * instead of 1-2 ms), and a rare word costs one failed walk more (about 4 ms over 1,000 texts,
   * each checked against its {@code tsvector}). Not for the languages matched by trigrams too, nor
   * for every language at once: a text that fails costs ten times more there (the trigram check),
   * and PostgreSQL already walks by date for their common words.
   */
  static final int NEWEST = 1000;

  /** A page of a search, and how many matches the search ranked (at most {@link #RANKED}). */
  record Ranked(List<PublicLeaflet> rows, long total) {}

  /**
   * A text search: the page and, from the same statement ({@code count(*) over ()}), how many
   * matches were ranked, so no second query counts them again. A page past the end has no row to
   * carry the total; the caller then counts.
   */
  Ranked searchRanked(PublicLeafletSearch s, int limit, long offset) {
    if (s.language() != null && LeafletLanguages.stemmed(s.language())) {
      Ranked newest = searchRanked(s, limit, offset, NEWEST);
      if (newest.total() >= RANKED) {
        return newest;
      }
    }
    return searchRanked(s, limit, offset, 0);
  }

  /**
   * The newest {@link #RANKED} matches ranked, from the newest {@code newest} texts, or from every
   * match through the full-text index when {@code newest} is 0.
   */
  Ranked searchRanked(PublicLeafletSearch s, int limit, long offset, int newest) {
    String prefix = prefixQuery(s.text());
    // the language's own query, parsed once per configuration, not once per row
    String rank =
        "case c.ts_config"
            + " when 'english'::regconfig then ts_rank(c.rank_head, websearch_to_tsquery('english', :q))"
            + " when 'russian'::regconfig then ts_rank(c.rank_head, websearch_to_tsquery('russian', :q))"
            + " when 'arabic'::regconfig then ts_rank(c.rank_head, websearch_to_tsquery('arabic', :q))"
            + " else ts_rank(c.rank_head, websearch_to_tsquery('simple', :q))"
            + " + word_similarity(:q, c.search_trgm) end";
    String candidates;
    if (newest > 0) {
      // the walk stops at the RANKED-th match: the limit keeps the match out of the inner query
      candidates =
          "select t.leaflet_id, t.language, t.title, t.summary, t.ts_config, t.rank_head,"
              + " t.search_trgm from (select t.leaflet_id, t.language, t.title, t.summary,"
              + " t.public_at, t.ts_config, t.rank_head, t.search, t.search_trgm"
              + " from leaflet_translation t"
              + (joinsLeaflet(s) ? " join leaflet l on l.id = t.leaflet_id" : "")
              + filters(s)
              + " order by t.public_at desc, t.leaflet_id desc, t.language limit "
              + newest
              + ") t where "
              + textMatch(s, prefix);
    } else {
      candidates =
          "select t.leaflet_id, t.language, t.title, t.summary, t.ts_config, t.rank_head,"
              + " t.search_trgm from leaflet_translation t"
              + (joinsLeaflet(s) ? " join leaflet l on l.id = t.leaflet_id" : "")
              + filters(s)
              + " and "
              + textMatch(s, prefix);
    }
    String sql =
        "select c.leaflet_id, c.language, c.title, c.summary, l.topics, l.destinations,"
            + " l.audiences, l.published_at, "
            + rank
            + " as rank, count(*) over () as ranked from ("
            + candidates
            + " order by t.public_at desc, t.leaflet_id desc, t.language limit "
            + RANKED
            + ") c join leaflet l on l.id = c.leaflet_id"
            + " order by rank desc, l.published_at desc, c.leaflet_id desc, c.language"
            + " limit :limit offset :offset";
    java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();
    List<PublicLeaflet> rows =
        bind(jdbc.sql(sql), s, prefix)
            .param("limit", limit)
            .param("offset", offset)
            .query(
                (rs, n) -> {
                  total.set(rs.getLong("ranked"));
                  return row(rs, n);
                })
            .list();
    return new Ranked(rows, total.get());
  }

  /** A page of published translations without words, newest first. */
  List<PublicLeaflet> browse(PublicLeafletSearch s, int limit, long offset) {
    return bind(
            jdbc.sql(
                "select t.leaflet_id, t.language, t.title, t.summary, l.topics, l.destinations,"
                    + " l.audiences, l.published_at"
                    + " from leaflet_translation t join leaflet l on l.id = t.leaflet_id"
                    + filters(s)
                    + " order by t.public_at desc, t.leaflet_id desc, t.language"
                    + " limit :limit offset :offset"),
            s,
            null)
        .param("limit", limit)
        .param("offset", offset)
        .query(this::row)
        .list();
  }

  long count(PublicLeafletSearch s) {
    String prefix = prefixQuery(s.text());
    return bind(
            jdbc.sql(
                "select count(*) from (select 1 from leaflet_translation t join leaflet l"
                    + " on l.id = t.leaflet_id"
                    + where(s, prefix)
                    + " limit "
                    + (ResultPage.COUNT_CAP + 1)
                    + ") c"),
            s,
            prefix)
        .query(Long.class)
        .single();
  }

  private static String where(PublicLeafletSearch s, String prefix) {
    return s.hasText() ? filters(s) + " and " + textMatch(s, prefix) : filters(s);
  }

  private static boolean joinsLeaflet(PublicLeafletSearch s) {
    return s.topic() != null || s.destination() != null || s.audience() != null;
  }

  /** Published, in the language, with the topic, destination and audience (on {@code l}). */
  private static String filters(PublicLeafletSearch s) {
    // public_at is set while the leaflet is published (V1_710), so this is "published"
    StringBuilder sql = new StringBuilder(" where t.public_at is not null");
    if (s.language() != null) {
      sql.append(" and t.language = :language");
    }
    if (s.topic() != null) {
      sql.append(" and l.topics @> array[cast(:topic as text)]");
    }
    if (s.destination() != null) {
      sql.append(" and l.destinations @> array[cast(:destination as text)]");
    }
    if (s.audience() != null) {
      sql.append(" and l.audiences @> array[cast(:audience as text)]");
    }
    return sql.toString();
  }

  /** The words, in each text's own configuration. */
  private static String textMatch(PublicLeafletSearch s, String prefix) {
    List<String> configs =
        s.language() == null
            ? List.of("english", "russian", "arabic", "simple")
            : List.of(LeafletLanguages.tsConfig(s.language()));
    List<String> matches = new ArrayList<>();
    for (String config : configs) {
      String match =
          "simple".equals(config)
              // the trigram test written as the index has it (search_trgm %> q, the same as
              // q <% search_trgm): PostgreSQL then knows the bitmap already proved the whole
              // condition and does not test every match again on its wide tsvector (18 -> 13 ms
              // for a Dari word in 1,945 of 10,000 texts)
              ? "(t.search @@ websearch_to_tsquery('simple', :q)"
                  + (prefix == null ? "" : " or t.search @@ to_tsquery('simple', :prefix)")
                  + " or t.search_trgm %> :q)"
              : "t.search @@ websearch_to_tsquery('" + config + "', :q)";
      // the language's own configuration only: a Russian query is stemmed as Russian
      matches.add(
          s.language() == null
              ? "(t.ts_config = '" + config + "'::regconfig and " + match + ")"
              : match);
    }
    return "(" + String.join(" or ", matches) + ")";
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec sql, PublicLeafletSearch s, String prefix) {
    if (s.language() != null) {
      sql = sql.param("language", s.language());
    }
    if (s.topic() != null) {
      sql = sql.param("topic", s.topic().name());
    }
    if (s.destination() != null) {
      sql = sql.param("destination", s.destination());
    }
    if (s.audience() != null) {
      sql = sql.param("audience", s.audience().name());
    }
    if (s.hasText()) {
      sql = sql.param("q", s.text().strip().toLowerCase(Locale.ROOT));
      boolean simple = s.language() == null || !LeafletLanguages.stemmed(s.language());
      if (prefix != null && simple) {
        sql = sql.param("prefix", prefix);
      }
    }
    return sql;
  }

  /**
   * {@code 'word1':* & 'word2':*} for the simple configuration: every word, or a word it begins
   * (Dari, Pashto, Urdu and Bengali add endings for plural and case). Only letters and digits are
   * kept, so nothing typed can break the query's syntax. Null when no word is left.
   */
  static String prefixQuery(String text) {
    if (text == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c)
                  || Character.getType(c) == Character.NON_SPACING_MARK
                  || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(c);
              } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
              }
            });
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    if (words.isEmpty() || words.size() > 12) {
      return null;
    }
    return words.stream().map(w -> "'" + w + "':*").collect(Collectors.joining(" & "));
  }

  Optional<LeafletReading> read(long id, String language) {
    return jdbc.sql(
            "select t.leaflet_id, t.language, t.title, t.summary, t.body_html, l.topics,"
                + " l.destinations, l.audiences, l.published_at, greatest(t.updated_at,"
                + " l.published_at) as updated_at,"
                + " array(select x.language from leaflet_translation x where x.leaflet_id = l.id"
                + " order by x.language) as languages,"
                + " exists (select 1 from leaflet_pdf p where p.leaflet_id = l.id) as has_pdf"
                + " from leaflet l join leaflet_translation t on t.leaflet_id = l.id"
                + " where l.id = ? and l.status = 'PUBLISHED'"
                + " order by t.language = ? desc, t.language = 'en' desc,"
                + " t.language = l.source_language desc limit 1")
        .params(id, language)
        .query(
            (rs, n) ->
                new LeafletReading(
                    rs.getLong("leaflet_id"),
                    rs.getString("language"),
                    rs.getString("title"),
                    rs.getString("summary"),
                    rs.getString("body_html"),
                    terms(rs.getArray("topics"), LeafletTopic::valueOf),
                    strings(rs.getArray("destinations")),
                    terms(rs.getArray("audiences"), Audience::valueOf),
                    instant(rs.getTimestamp("published_at")),
                    instant(rs.getTimestamp("updated_at")),
                    strings(rs.getArray("languages")),
                    rs.getBoolean("has_pdf"),
                    !rs.getString("language").equals(language)))
        .optional();
  }

  /** Destination countries of published leaflets, for the portal's filter. */
  List<String> destinations() {
    return jdbc.sql(
            "select distinct d from leaflet l, unnest(l.destinations) d"
                + " where l.status = 'PUBLISHED' order by d")
        .query(String.class)
        .list();
  }

  private PublicLeaflet row(ResultSet rs, int n) throws SQLException {
    return new PublicLeaflet(
        rs.getLong("leaflet_id"),
        rs.getString("language"),
        rs.getString("title"),
        rs.getString("summary"),
        terms(rs.getArray("topics"), LeafletTopic::valueOf),
        strings(rs.getArray("destinations")),
        terms(rs.getArray("audiences"), Audience::valueOf),
        instant(rs.getTimestamp("published_at")));
  }
}
