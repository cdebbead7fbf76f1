package org.safar.results.web;

import java.util.Locale;
import org.safar.results.Dimension;
import org.safar.results.PublicResults;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A programme's results for the public: counts by year and sex, small cells hidden. */
@Controller
class PublicResultsController {

  private final PublicResults results;
  private final Labels labels;

  PublicResultsController(PublicResults results, Labels labels) {
    this.results = results;
    this.labels = labels;
  }

  @GetMapping("/portal/results/{code}")
  String programme(@PathVariable String code, Model model, Locale locale) {
    var programme =
        results
            .programme(code)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("programme", programme);
    model.addAttribute("sex", Dimension.SEX);
    return "portal/results";
  }
}
