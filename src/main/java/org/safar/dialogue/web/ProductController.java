package org.safar.dialogue.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.safar.dialogue.DialogueFilter;
import org.safar.dialogue.DialogueRoles;
import org.safar.dialogue.KnowledgeProduct;
import org.safar.dialogue.KnowledgeProducts;
import org.safar.dialogue.ProductKind;
import org.safar.shell.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Knowledge products: list, export, record, correct, delete. */
@Controller
@RequestMapping("/dialogue/products")
@PreAuthorize(DialogueRoles.READ)
class ProductController {

  private final KnowledgeProducts products;
  private final Pickers pickers;

  ProductController(KnowledgeProducts products, Pickers pickers) {
    this.products = products;
    this.pickers = pickers;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) ProductKind kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    DialogueFilter filter =
        new DialogueFilter(q, project, kind == null ? null : kind.name(), from, to);
    model.addAttribute("result", products.search(filter, Math.max(0, page), 25));
    model.addAttribute("filter", filter);
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", ProductKind.values());
    model.addAttribute("projects", pickers.projects());
    model.addAttribute("mayEdit", Pickers.mayEdit(request));
    return "dialogue/products";
  }

  @GetMapping("/export.csv")
  void export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) ProductKind kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    products.export(
        new DialogueFilter(q, project, kind == null ? null : kind.name(), from, to),
        CsvDownload.open(response, "knowledge-products"));
  }

  @GetMapping("/new")
  @PreAuthorize(DialogueRoles.EDIT)
  String newProduct(@RequestParam(required = false) Long project, Model model) {
    ProductForm form = new ProductForm();
    form.setProjectId(project);
    form.setPublishedOn(Pickers.today());
    return form(form, null, model);
  }

  @PostMapping("/new")
  @PreAuthorize(DialogueRoles.EDIT)
  String record(
      @ModelAttribute("product") ProductForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, model);
    }
    try {
      products.record(form.toDraft());
      redirect.addFlashAttribute("saved", "dialogue.saved.product");
      return "redirect:/dialogue/products";
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, null, model);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(DialogueRoles.EDIT)
  String edit(@PathVariable long id, Model model) {
    return form(ProductForm.of(products.get(id)), id, model);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize(DialogueRoles.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("product") ProductForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    products.get(id);
    if (errors.hasErrors()) {
      return form(form, id, model);
    }
    try {
      products.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "dialogue.saved.product");
      return "redirect:/dialogue/products";
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, id, model);
    } catch (OptimisticLockingFailureException e) {
      KnowledgeProduct current = products.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, model);
    }
  }

  @GetMapping("/{id}/delete")
  @PreAuthorize(DialogueRoles.EDIT)
  String confirmDelete(@PathVariable long id, Model model) {
    KnowledgeProduct p = products.get(id);
    return Pickers.confirm(
        model,
        p.title(),
        "/dialogue/products/" + id + "/delete",
        "/dialogue/products",
        p.version(),
        null);
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(DialogueRoles.EDIT)
  String delete(
      @PathVariable long id,
      @RequestParam(defaultValue = "-1") int version,
      Model model,
      RedirectAttributes redirect) {
    products.get(id);
    try {
      products.delete(id, version);
    } catch (OptimisticLockingFailureException e) {
      KnowledgeProduct p = products.get(id);
      return Pickers.confirm(
          model,
          p.title(),
          "/dialogue/products/" + id + "/delete",
          "/dialogue/products",
          p.version(),
          "conflict.deletedMeanwhile");
    }
    redirect.addFlashAttribute("saved", "dialogue.deleted");
    return "redirect:/dialogue/products";
  }

  private String form(ProductForm form, Long id, Model model) {
    model.addAttribute("product", form);
    model.addAttribute("productId", id);
    model.addAttribute("kinds", ProductKind.values());
    model.addAttribute("projects", pickers.projects());
    model.addAttribute("units", pickers.units());
    return "dialogue/product-form";
  }
}
