package org.safar.referral.web;

import java.util.Locale;
import org.safar.referral.ReferralPrintouts;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable referral form (PDF) for a provider outside Safar: the referring side downloads it
 * once the referral is sent. It holds what the client consented to share, so no copy is kept by the
 * browser's cache.
 */
@Controller
class ReferralFormController {

  private final ReferralPrintouts printouts;
  private final ReferralFormPdf pdf;

  ReferralFormController(ReferralPrintouts printouts, ReferralFormPdf pdf) {
    this.printouts = printouts;
    this.pdf = pdf;
  }

  @GetMapping("/referrals/{id}/form.pdf")
  @PreAuthorize(ReferralRoles.REFER)
  ResponseEntity<byte[]> form(@PathVariable long id, Locale locale) {
    byte[] body = printouts.print(id, form -> pdf.render(form, locale));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename("referral-" + id + ".pdf").build().toString())
        .cacheControl(CacheControl.noStore())
        .body(body);
  }
}
