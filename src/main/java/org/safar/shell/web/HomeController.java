package org.safar.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after signing in: the sections this person may open. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "shell/home";
  }
}
