package org.safar.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.portal.Audience;
import org.safar.portal.Leaflet;
import org.safar.portal.LeafletAccess;
import org.safar.portal.LeafletFilter;
import org.safar.portal.LeafletStatus;
import org.safar.portal.LeafletStep;
import org.safar.portal.LeafletTopic;
import org.safar.portal.LeafletTranslation;
import org.safar.portal.Leaflets;
import org.safar.portal.PublicLeaflets;
import org.safar.shell.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' side of the leaflet library: list, write, translate, review, publish, archive. */
@Controller
@RequestMapping("/content/leaflets")
@PreAuthorize(LeafletAccess.READ)
class LeafletAdminController {

  private final Leaflets leaflets;
  private final AuditLog audit;

  LeafletAdminController(Leaflets leaflets, AuditLog audit) {
    this.leaflets = leaflets;
    this.audit = audit;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) LeafletStatus status,
      @RequestParam(required = false) LeafletTopic topic,
      @RequestParam(required = false) String missing,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    LeafletFilter filter =
        new LeafletFilter(
            q, status, topic, PublicLeaflets.languages().contains(missing) ? missing : null);
    model.addAttribute("result", leaflets.search(filter, Math.max(0, page), 25));
    model.addAttribute("filter", filter);
    model.addAttribute("statuses", LeafletStatus.values());
    model.addAttribute("topics", LeafletTopic.values());
    model.addAttribute("languages", PublicLeaflets.languages());
    model.addAttribute("today", leaflets.today());
    model.addAttribute("mayWrite", writer(request));
    return "portal/admin/leaflets";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, HttpServletRequest request, Locale locale, Model model) {
    Leaflet leaflet = leaflets.get(id);
    model.addAttribute("leaflet", leaflet);
    model.addAttribute(
        "source",
        leaflet.translation(leaflet.sourceLanguage()).isPresent()
            ? leaflets.translation(id, leaflet.sourceLanguage())
            : null);
    model.addAttribute("languages", PublicLeaflets.languages());
    model.addAttribute("steps", LeafletStep.values());
    model.addAttribute("today", leaflets.today());
    model.addAttribute("mayWrite", writer(request));
    model.addAttribute("mayReview", true);
    model.addAttribute("countryNames", PortalPages.countryNames(locale, leaflet.destinations()));
    model.addAttribute("history", audit.history("leaflet", id));
    model.addAttribute("maxPdf", Leaflets.MAX_PDF_BYTES / (1024 * 1024));
    return "portal/admin/leaflet";
  }

  @GetMapping("/new")
  @PreAuthorize(LeafletAccess.WRITE)
  String newLeaflet(Locale locale, Model model) {
    return form(new LeafletForm(), null, locale, model);
  }

  @PostMapping("/new")
  @PreAuthorize(LeafletAccess.WRITE)
  String create(
      @ModelAttribute("leafletForm") LeafletForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, locale, model);
    }
    try {
      long id =
          leaflets.create(
              form.toDraft(),
              new org.safar.portal.TranslationDraft(
                  form.getSourceLanguage(),
                  form.getTitle(),
                  form.getSummary(),
                  form.getBodyMarkdown(),
                  true));
      redirect.addFlashAttribute("saved", "leaflet.saved.created");
      return "redirect:/content/leaflets/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, null, locale, model);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(LeafletAccess.WRITE)
  String edit(@PathVariable long id, Locale locale, Model model) {
    return form(LeafletForm.of(leaflets.get(id)), id, locale, model);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize(LeafletAccess.WRITE)
  String change(
      @PathVariable long id,
      @ModelAttribute("leafletForm") LeafletForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, id, locale, model);
    }
    try {
      leaflets.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "leaflet.saved.updated");
      return "redirect:/content/leaflets/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, id, locale, model);
    } catch (OptimisticLockingFailureException e) {
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(leaflets.get(id).version());
      model.addAttribute("current", true);
      return form(form, id, locale, model);
    }
  }

  @GetMapping("/{id}/translations/{language}")
  @PreAuthorize(LeafletAccess.WRITE)
  String translation(@PathVariable long id, @PathVariable String language, Model model) {
    requireLanguage(language);
    TranslationForm form =
        leaflets.hasTranslation(id, language)
            ? TranslationForm.of(leaflets.translation(id, language))
            : new TranslationForm();
    return translationForm(id, language, form, model);
  }

  @PostMapping("/{id}/translations/{language}")
  @PreAuthorize(LeafletAccess.WRITE)
  String saveTranslation(
      @PathVariable long id,
      @PathVariable String language,
      @ModelAttribute("translationForm") TranslationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    requireLanguage(language);
    if (errors.hasErrors()) {
      return translationForm(id, language, form, model);
    }
    try {
      leaflets.saveTranslation(id, form.getVersion(), form.toDraft(language));
      redirect.addFlashAttribute("saved", "leaflet.saved.translation");
      return "redirect:/content/leaflets/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return translationForm(id, language, form, model);
    } catch (OptimisticLockingFailureException e) {
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(leaflets.translation(id, language).version());
      model.addAttribute("current", true);
      return translationForm(id, language, form, model);
    }
  }

  @PostMapping("/{id}/step")
  String step(
      @PathVariable long id,
      @RequestParam LeafletStep step,
      @RequestParam int version,
      RedirectAttributes redirect) {
    try {
      leaflets.move(id, version, step);
      redirect.addFlashAttribute("saved", "leaflet.saved.step." + step.name());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    } catch (OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("problem", "conflict.savedMeanwhile");
    }
    return "redirect:/content/leaflets/" + id;
  }

  /** Archiving takes the leaflet off the portal: asked for on a page of its own. */
  @GetMapping("/{id}/archive")
  String confirmArchive(@PathVariable long id, Model model) {
    model.addAttribute("leaflet", leaflets.get(id));
    return "portal/admin/leaflet-archive";
  }

  @PostMapping("/{id}/pdf")
  @PreAuthorize(LeafletAccess.WRITE)
  String attachPdf(
      @PathVariable long id,
      @RequestParam(name = "pdf", required = false) MultipartFile pdf,
      RedirectAttributes redirect)
      throws IOException {
    try {
      leaflets.attachPdf(
          id, pdf == null ? null : pdf.getOriginalFilename(), pdf == null ? null : pdf.getBytes());
      redirect.addFlashAttribute("saved", "leaflet.saved.pdf");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/content/leaflets/" + id;
  }

  @PostMapping("/{id}/pdf/remove")
  @PreAuthorize(LeafletAccess.WRITE)
  String removePdf(@PathVariable long id, RedirectAttributes redirect) {
    try {
      leaflets.removePdf(id);
      redirect.addFlashAttribute("saved", "leaflet.saved.pdfRemoved");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/content/leaflets/" + id;
  }

  @GetMapping("/{id}/leaflet.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("leaflet-" + id + ".pdf").build().toString())
        .body(leaflets.pdf(id));
  }

  private String form(LeafletForm form, Long id, Locale locale, Model model) {
    model.addAttribute("leafletForm", form);
    model.addAttribute("leafletId", id);
    model.addAttribute("languages", PublicLeaflets.languages());
    model.addAttribute("topics", LeafletTopic.values());
    model.addAttribute("audiences", Audience.values());
    model.addAttribute("countries", Countries.all(locale));
    return "portal/admin/leaflet-form";
  }

  private String translationForm(long id, String language, TranslationForm form, Model model) {
    Leaflet leaflet = leaflets.get(id);
    model.addAttribute("leaflet", leaflet);
    model.addAttribute("language", language);
    model.addAttribute("translationForm", form);
    model.addAttribute("isSource", language.equals(leaflet.sourceLanguage()));
    model.addAttribute("exists", leaflet.translation(language).isPresent());
    model.addAttribute("rtl", PublicLeaflets.rightToLeft(language));
    LeafletTranslation source =
        leaflet.translation(leaflet.sourceLanguage()).isPresent()
                && !language.equals(leaflet.sourceLanguage())
            ? leaflets.translation(id, leaflet.sourceLanguage())
            : null;
    model.addAttribute("source", source);
    model.addAttribute(
        "sourceRtl", source != null && PublicLeaflets.rightToLeft(source.language()));
    return "portal/admin/translation-form";
  }

  private static void requireLanguage(String language) {
    if (!PublicLeaflets.languages().contains(language)) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
  }

  private static boolean writer(HttpServletRequest request) {
    return LeafletAccess.WRITERS.stream().anyMatch(request::isUserInRole);
  }
}
