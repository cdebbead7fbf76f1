package org.safar.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safar.shell.SupportedLocale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page may name: each language in itself, and whether it runs right to left. */
@ControllerAdvice(
    assignableTypes = {
      PortalHomeController.class,
      PublicLeafletController.class,
      AskController.class,
      LeafletAdminController.class
    })
class PortalModel {

  private static final Map<String, String> NAMES = new LinkedHashMap<>();
  private static final Map<String, Boolean> RTL = new LinkedHashMap<>();

  static {
    for (SupportedLocale l : SupportedLocale.portal()) {
      NAMES.put(l.tag(), l.nativeName());
      RTL.put(l.tag(), l.rightToLeft());
    }
  }

  @ModelAttribute("languageNames")
  Map<String, String> languageNames() {
    return NAMES;
  }

  @ModelAttribute("rtlLanguages")
  Map<String, Boolean> rtlLanguages() {
    return RTL;
  }
}
