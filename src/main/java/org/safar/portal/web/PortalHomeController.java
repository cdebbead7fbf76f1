package org.safar.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's front page. */
@Controller
class PortalHomeController {

  @GetMapping("/portal")
  String home() {
    return "portal/home";
  }
}
