package org.safar.news.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safar.news.InvalidNewsInputException;
import org.safar.news.NewsImports;
import org.safar.news.NewsItem;
import org.safar.news.NewsItems;
import org.safar.news.NewsKind;
import org.safar.news.NewsStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The news centre for editors: list, write, edit, import an old feed. */
@Controller
@RequestMapping("/news")
@PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMINISTRATOR', 'PROGRAMME_MANAGER')")
class NewsController {

  /** Deleting is for those who write the portal's content, not for every reader of the centre. */
  static final String DELETERS = "hasAnyRole('CONTENT_EDITOR', 'ADMINISTRATOR')";

  private final NewsItems items;
  private final NewsImports imports;

  NewsController(NewsItems items, NewsImports imports) {
    this.items = items;
    this.imports = imports;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) NewsStatus status,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String lang = language == null || language.isBlank() ? null : language;
    model.addAttribute("result", items.search(q, lang, status, Math.max(0, page), 25));
    model.addAttribute("q", q);
    model.addAttribute("language", lang);
    model.addAttribute("status", status);
    model.addAttribute("languages", NewsItems.languages());
    model.addAttribute("statuses", NewsStatus.values());
    return "news/news";
  }

  @GetMapping("/new")
  String newItem(Model model) {
    return form(new NewsForm(), null, model);
  }

  @PostMapping("/new")
  String create(
      @ModelAttribute("item") NewsForm form,
      BindingResult errors,
      @RequestParam(required = false) MultipartFile image,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    if (errors.hasErrors()) {
      return form(form, null, model);
    }
    try {
      NewsItem made = items.create(form.toDraft(image));
      redirect.addFlashAttribute("saved", "news.saved");
      return "redirect:/news/" + made.id() + "/edit";
    } catch (InvalidNewsInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, null, model);
    }
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    NewsItem item = items.get(id);
    return form(NewsForm.of(item), item, model);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable long id,
      @ModelAttribute("item") NewsForm form,
      BindingResult errors,
      @RequestParam(required = false) MultipartFile image,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    NewsItem current = items.get(id);
    if (errors.hasErrors()) {
      return form(form, current, model);
    }
    try {
      if (items.update(id, form.getVersion(), form.toDraft(image)).isEmpty()) {
        model.addAttribute("conflict", true);
        return form(form, items.get(id), model);
      }
      redirect.addFlashAttribute("saved", "news.saved");
      return "redirect:/news/" + id + "/edit";
    } catch (InvalidNewsInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, current, model);
    }
  }

  /**
   * The item as a visitor would see it on the portal, drafts too: the public layout, marked
   * "Preview", kept by no cache and by no search engine.
   */
  @GetMapping("/{id}/preview")
  String preview(@PathVariable long id, HttpServletResponse response, Model model) {
    NewsItem item = items.get(id);
    model.addAttribute("item", item);
    model.addAttribute("translations", items.translations(item, true));
    model.addAttribute("preview", true);
    model.addAttribute("noindex", true);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    return "news/portal-item";
  }

  @GetMapping("/{id}/delete")
  @PreAuthorize(DELETERS)
  String confirmDelete(@PathVariable long id, Model model) {
    return confirmDelete(items.get(id), null, model);
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(DELETERS)
  String delete(
      @PathVariable long id,
      @RequestParam(defaultValue = "-1") int version,
      Model model,
      RedirectAttributes redirect) {
    items.get(id);
    if (!items.delete(id, version)) {
      return confirmDelete(items.get(id), "conflict.deletedMeanwhile", model);
    }
    redirect.addFlashAttribute("saved", "news.deleted");
    return "redirect:/news";
  }

  private static boolean mayDelete() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .anyMatch(
                a ->
                    a.getAuthority().equals("ROLE_CONTENT_EDITOR")
                        || a.getAuthority().equals("ROLE_ADMINISTRATOR"));
  }

  private String confirmDelete(NewsItem item, String problem, Model model) {
    model.addAttribute("current", item);
    model.addAttribute("problem", problem);
    return "news/delete";
  }

  /** The image as staff see it (drafts too). */
  @GetMapping("/{id}/image")
  org.springframework.http.ResponseEntity<byte[]> image(@PathVariable long id) {
    return PortalNewsController.imageResponse(items.image(id, false));
  }

  private String form(NewsForm form, NewsItem item, Model model) {
    model.addAttribute("item", form);
    model.addAttribute("current", item);
    model.addAttribute("languages", NewsItems.languages());
    model.addAttribute("kinds", NewsKind.values());
    model.addAttribute("mayDelete", mayDelete());
    model.addAttribute("statuses", NewsStatus.values());
    model.addAttribute(
        "others",
        items.search(null, null, null, 0, 100).rows().stream()
            .filter(i -> item == null || i.id() != item.id())
            .toList());
    model.addAttribute(
        "translations", item == null ? java.util.List.of() : items.translations(item, false));
    return "news/news-form";
  }

  @GetMapping("/import")
  String importForm(Model model) {
    model.addAttribute("languages", NewsItems.languages());
    return "news/import";
  }

  @PostMapping("/import")
  String importFeed(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String url,
      @RequestParam(defaultValue = "en") String language,
      @RequestParam(defaultValue = "false") boolean publish,
      Model model)
      throws IOException {
    model.addAttribute("languages", NewsItems.languages());
    try {
      byte[] feed =
          file != null && !file.isEmpty()
              ? file.getBytes()
              : url != null && !url.isBlank() ? imports.fetch(url) : null;
      model.addAttribute("summary", imports.importFeed(feed, language, publish));
    } catch (InvalidNewsInputException e) {
      model.addAttribute("problem", e.messageKey());
    }
    model.addAttribute("url", url);
    return "news/import";
  }
}
