package org.safar.news.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.safar.news.NewsFeeds;
import org.safar.news.NewsItem;
import org.safar.news.NewsItems;
import org.safar.shell.SupportedLocale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The news on the portal: the list in the visitor's language, an item, its image, the feeds. */
@Controller
@RequestMapping("/portal/news")
class PortalNewsController {

  private final NewsItems items;
  private final NewsFeeds feeds;
  private final MessageSource messages;

  PortalNewsController(NewsItems items, NewsFeeds feeds, MessageSource messages) {
    this.items = items;
    this.feeds = feeds;
    this.messages = messages;
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
    String language = SupportedLocale.forPortal(locale).tag();
    model.addAttribute("result", items.published(language, Math.max(0, page), 10));
    model.addAttribute("language", language);
    return "news/portal-news";
  }

  @GetMapping("/{id}")
  String item(@PathVariable long id, Model model) {
    NewsItem item = items.publishedItem(id);
    model.addAttribute("item", item);
    model.addAttribute("translations", items.translations(item, true));
    return "news/portal-item";
  }

  @GetMapping("/{id}/image")
  ResponseEntity<byte[]> image(@PathVariable long id) {
    return imageResponse(items.image(id, true));
  }

  static ResponseEntity<byte[]> imageResponse(Optional<Object[]> image) {
    return image
        .map(
            i ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType((String) i[0]))
                    .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                    .body((byte[]) i[1]))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @GetMapping("/feed/{language}.rss")
  ResponseEntity<String> rss(@PathVariable String language, HttpServletRequest request) {
    return feed("rss_2.0", "application/rss+xml;charset=UTF-8", language);
  }

  @GetMapping("/feed/{language}.atom")
  ResponseEntity<String> atom(@PathVariable String language, HttpServletRequest request) {
    return feed("atom_1.0", "application/atom+xml;charset=UTF-8", language);
  }

  private ResponseEntity<String> feed(String type, String contentType, String language) {
    Optional<SupportedLocale> locale =
        SupportedLocale.portal().stream().filter(l -> l.tag().equals(language)).findFirst();
    if (locale.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    String title = messages.getMessage("portal.news.feedTitle", null, locale.get().locale());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(contentType))
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(10)))
        .body(feeds.write(type, language, base, title));
  }
}
