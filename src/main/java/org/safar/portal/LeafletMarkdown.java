package org.safar.portal;

import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * A leaflet's body: Markdown (CommonMark) turned into HTML when it is saved, then sanitised by the
 * OWASP Java HTML Sanitizer, so no script can run from a leaflet whatever an editor typed. Raw HTML
 * typed into the Markdown goes through the same policy, and only plain formatting survives it:
 * headings, paragraphs, lists, emphasis, quotes, tables, and links to http, https, mailto and tel
 * (opened without a referrer). Images are dropped: a leaflet page loads nothing but its text.
 */
@Component
class LeafletMarkdown {

  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "h2",
              "h3",
              "h4",
              "p",
              "br",
              "hr",
              "ul",
              "ol",
              "li",
              "strong",
              "em",
              "b",
              "i",
              "blockquote",
              "code",
              "pre",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a")
          .allowUrlProtocols("http", "https", "mailto", "tel")
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,4}"))
          .onElements("ol")
          // a heading of level 1 is the page's own title; the body's start at level 2
          .allowElements((name, attrs) -> "h2", "h1")
          .toFactory();

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer html = HtmlRenderer.builder().sanitizeUrls(true).build();
  private final TextContentRenderer text = TextContentRenderer.builder().build();

  /** What is stored beside the Markdown: safe HTML and plain text. */
  record Rendered(String html, String text) {}

  Rendered render(String markdown) {
    Node document = parser.parse(markdown);
    String safe = POLICY.sanitize(html.render(document));
    String plain = BLANK_LINES.matcher(text.render(document)).replaceAll("\n\n").strip();
    return new Rendered(safe, plain);
  }
}
