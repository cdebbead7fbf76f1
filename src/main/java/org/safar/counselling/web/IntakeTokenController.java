package org.safar.counselling.web;

import org.safar.counselling.IntakeTokens;
import org.safar.counselling.InvalidCounsellingInputException;
import org.safar.orgunits.OrgUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator issues and revokes the tokens of their MRC's channel integrations. */
@Controller
@PreAuthorize(DeskRoles.COORDINATION)
class IntakeTokenController {

  private final IntakeTokens tokens;
  private final OrgUnits orgUnits;

  IntakeTokenController(IntakeTokens tokens, OrgUnits orgUnits) {
    this.tokens = tokens;
    this.orgUnits = orgUnits;
  }

  @GetMapping("/counselling/mrcs/{mrcId}/tokens")
  String list(@PathVariable long mrcId, Model model) {
    model.addAttribute("mrc", orgUnits.getInScope(mrcId));
    model.addAttribute("tokens", tokens.ofMrc(mrcId));
    return "counselling/tokens";
  }

  /** The new token is shown in this response only; it is never stored or shown again. */
  @PostMapping("/counselling/mrcs/{mrcId}/tokens")
  String issue(@PathVariable long mrcId, @RequestParam(required = false) String name, Model model) {
    try {
      model.addAttribute("issued", tokens.issue(mrcId, name));
    } catch (InvalidCounsellingInputException e) {
      model.addAttribute("problem", e.messageKey());
    }
    return list(mrcId, model);
  }

  @PostMapping("/counselling/mrcs/{mrcId}/tokens/{tokenId}/revoke")
  String revoke(@PathVariable long mrcId, @PathVariable long tokenId, RedirectAttributes redirect) {
    tokens.revoke(tokenId);
    redirect.addFlashAttribute("saved", "token.saved.revoked");
    return "redirect:/counselling/mrcs/" + mrcId + "/tokens";
  }
}
