package org.safar.news.web;

import java.io.IOException;
import java.time.LocalDate;
import org.safar.news.InvalidNewsInputException;
import org.safar.news.Publications;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Publications for editors: the list, a new one, a file per language. */
@Controller
@RequestMapping("/news/publications")
@PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMINISTRATOR', 'PROGRAMME_MANAGER')")
class PublicationController {

  private final Publications publications;

  PublicationController(Publications publications) {
    this.publications = publications;
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("result", publications.page(Math.max(0, page), 25));
    return "news/publications";
  }

  @PostMapping
  String create(
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String summary,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate publishedOn,
      Model model) {
    try {
      return "redirect:/news/publications/" + publications.create(title, summary, publishedOn);
    } catch (InvalidNewsInputException e) {
      model.addAttribute("problem", e.messageKey());
      model.addAttribute("title", title);
      model.addAttribute("summary", summary);
      return list(0, model);
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("publication", publications.get(id));
    return "news/publication";
  }

  @PostMapping("/{id}/variants")
  String addVariant(
      @PathVariable long id,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    try {
      publications.putVariant(
          id,
          language,
          file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes());
    } catch (InvalidNewsInputException e) {
      model.addAttribute("problem", e.messageKey());
      return show(id, model);
    }
    redirect.addFlashAttribute("saved", "publication.saved");
    return "redirect:/news/publications/" + id;
  }
}
