package org.safar.shell;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test only: a page that fails, to show what a person sees when Safar has a bug. */
@Controller
class FailingPageController {

  @GetMapping("/test/failure")
  String fail() {
    throw new IllegalStateException("secret internal detail at org.safar.Something");
  }
}
