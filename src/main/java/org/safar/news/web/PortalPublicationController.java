package org.safar.news.web;

import org.safar.news.Publications;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Publications on the portal, each with its downloads labelled by language ("en fr ru"). */
@Controller
@RequestMapping("/portal/publications")
class PortalPublicationController {

  private final Publications publications;

  PortalPublicationController(Publications publications) {
    this.publications = publications;
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("result", publications.page(Math.max(0, page), 10));
    return "news/portal-publications";
  }

  @GetMapping("/{id}/{language}.pdf")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String language) {
    return publications
        .file(id, language)
        .map(
            f ->
                ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                            .filename((String) f[0], java.nio.charset.StandardCharsets.UTF_8)
                            .build()
                            .toString())
                    .body((byte[]) f[1]))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
