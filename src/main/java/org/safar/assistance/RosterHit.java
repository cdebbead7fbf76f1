package org.safar.assistance;

import java.util.List;

/** An expert the roster search found, with the deployments that matched it. */
public record RosterHit(Expert expert, List<Deployment> deployments) {

  public RosterHit {
    deployments = List.copyOf(deployments);
  }
}
