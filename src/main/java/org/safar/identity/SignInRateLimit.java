package org.safar.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing from one network address across many accounts (the per-account lockout
 * only protects one account at a time). Counted in memory per instance: with several instances the
 * limit applies per instance.
 */
@Component
class SignInRateLimit {

  private final SecuritySettings settings;
  private final Clock clock;
  private final ConcurrentHashMap<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  SignInRateLimit(SecuritySettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Counts an attempt from the address; false once it exceeds the limit within the window. */
  boolean tryAcquire(String address) {
    Instant now = clock.instant();
    Instant since = now.minus(settings.signInWindow());
    Deque<Instant> recent = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (recent) {
      while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
        recent.pollFirst();
      }
      if (recent.size() >= settings.signInsPerAddress()) {
        return false;
      }
      recent.addLast(now);
      return true;
    }
  }

  /** Forgets addresses that have been quiet for a whole window. */
  @Scheduled(fixedDelay = 300_000)
  void forgetQuietAddresses() {
    Instant since = clock.instant().minus(settings.signInWindow());
    attempts
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(since);
              }
            });
  }
}
