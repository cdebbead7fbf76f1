package org.safar.news;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown to HTML that cannot run anything: commonmark renders (raw HTML in the Markdown passes
 * through it), then the OWASP sanitiser keeps only formatting, blocks, tables and links to http,
 * https or mailto. No images in a body: they would load from another host.
 */
final class SafeHtml {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a", "pre", "code", "hr")
                  .allowStandardUrlProtocols()
                  .allowAttributes("href")
                  .onElements("a")
                  .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                  .toFactory());

  private SafeHtml() {}

  static String fromMarkdown(String markdown) {
    return sanitise(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
  }

  static String sanitise(String html) {
    return POLICY.sanitize(html == null ? "" : html);
  }

  /** Text without any markup, for a summary taken from an imported item's HTML. */
  static String text(String html) {
    if (html == null) {
      return null;
    }
    String noTags = html.replaceAll("(?s)<[^>]*>", " ");
    String decoded =
        noTags
            .replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    return decoded.replaceAll("\\s+", " ").strip();
  }
}
