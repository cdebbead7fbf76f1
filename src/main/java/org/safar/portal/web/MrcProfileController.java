package org.safar.portal.web;

import java.util.Locale;
import org.safar.orgunits.Countries;
import org.safar.portal.MrcProfileAccess;
import org.safar.portal.MrcProfileSheet;
import org.safar.portal.MrcProfiles;
import org.safar.shell.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** Staff keep the public profiles of the MRCs in their scope: a list with their state, a form. */
@Controller
@RequestMapping("/content/mrcs")
@PreAuthorize(MrcProfileAccess.EDIT)
class MrcProfileController {

  private static final int PAGE_SIZE = 25;

  private final MrcProfiles profiles;

  MrcProfileController(MrcProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    Boolean complete =
        "complete".equals(state) ? Boolean.TRUE : "missing".equals(state) ? Boolean.FALSE : null;
    var result = profiles.search(q, complete, Math.max(0, page), PAGE_SIZE);
    model.addAttribute("result", result);
    model.addAttribute("q", q);
    model.addAttribute("state", complete == null ? null : state);
    model.addAttribute(
        "countryNames",
        PortalPages.countryNames(
            locale,
            result.rows().stream()
                .map(MrcProfileSheet::countryCode)
                .collect(java.util.stream.Collectors.toSet())));
    return "portal/admin/mrcs";
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Locale locale, Model model) {
    MrcProfileSheet sheet = profiles.get(id);
    return form(sheet, MrcProfileForm.of(sheet), locale, model);
  }

  @PostMapping("/{id}")
  String save(
      @PathVariable long id,
      @ModelAttribute("profileForm") MrcProfileForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    MrcProfileSheet sheet = profiles.get(id);
    if (errors.hasErrors()) {
      return form(sheet, form, locale, model);
    }
    try {
      profiles.save(id, form.getUnitVersion(), form.getProfileVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "mrcProfile.saved");
      return "redirect:/content/mrcs/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(sheet, form, locale, model);
    } catch (OptimisticLockingFailureException e) {
      errors.reject("conflict.savedMeanwhile");
      MrcProfileSheet now = profiles.get(id);
      form.setUnitVersion(now.unitVersion());
      form.setProfileVersion(now.profileVersion());
      return form(now, form, locale, model);
    }
  }

  private String form(MrcProfileSheet sheet, MrcProfileForm form, Locale locale, Model model) {
    model.addAttribute("mrc", sheet);
    model.addAttribute("profileForm", form);
    model.addAttribute("countryName", Countries.name(sheet.countryCode(), locale));
    return "portal/admin/mrc-form";
  }
}
