package org.safar.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spam resistance for the public forms without a third-party CAPTCHA: a honeypot field that people
 * never see (a form that fills it in was sent by a machine) and a limit of submissions per network
 * address and window, counted in memory per instance. Every public form (a question to a
 * counsellor, a report about an agency) asks {@link #admit} before it saves anything.
 */
@Component
public class PublicFormGuard {

  /** The honeypot's field name: a form field hidden from people by the style sheet. */
  public static final String HONEYPOT = "website";

  /** What the guard says about one submission. */
  public enum Verdict {
    /** Go ahead. */
    ADMITTED,
    /** The honeypot was filled in: answer as if it worked, and save nothing. */
    MACHINE,
    /** Too many submissions from this address lately: ask the person to try again later. */
    TOO_MANY
  }

  private final Clock clock;
  private final int perWindow;
  private final Duration window;
  private final ConcurrentHashMap<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  PublicFormGuard(
      Clock clock,
      @Value("${safar.portal.forms-per-address:5}") int perWindow,
      @Value("${safar.portal.forms-window:PT10M}") Duration window) {
    this.clock = clock;
    this.perWindow = perWindow;
    this.window = window;
  }

  /**
   * Counts a submission from {@code address} (the request's remote address) whose honeypot field
   * held {@code honeypot}; a machine's submission is not counted against the address.
   */
  public Verdict admit(String address, String honeypot) {
    if (honeypot != null && !honeypot.isEmpty()) {
      return Verdict.MACHINE;
    }
    Instant now = clock.instant();
    Instant since = now.minus(window);
    Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
        times.pollFirst();
      }
      if (times.size() >= perWindow) {
        return Verdict.TOO_MANY;
      }
      times.addLast(now);
      return Verdict.ADMITTED;
    }
  }

  /** Forgets addresses that have been quiet for a whole window. */
  @Scheduled(fixedDelay = 300_000)
  void forgetQuietAddresses() {
    Instant since = clock.instant().minus(window);
    recent
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(since);
              }
            });
  }
}
