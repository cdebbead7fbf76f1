package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInRateLimitTest {

  private Instant now = Instant.parse("2026-11-24T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final SignInRateLimit limit =
      new SignInRateLimit(
          new SecuritySettings(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(5)), clock);

  @Test
  void allowsTheLimitPerAddressThenRefusesUntilTheWindowMoves() {
    assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
    assertThat(limit.tryAcquire("10.0.0.2")).as("another address has its own count").isTrue();
    now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
    assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
  }

  @Test
  void theFilterAnswers429ToSignInsOverTheLimitAndLetsOtherRequestsThrough() throws Exception {
    SignInRateLimitFilter filter = new SignInRateLimitFilter(limit);
    int[] statuses = new int[4];
    for (int i = 0; i < 4; i++) {
      MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login");
      post.setRemoteAddr("10.0.0.9");
      MockHttpServletResponse response = new MockHttpServletResponse();
      filter.doFilter(post, response, new MockFilterChain());
      statuses[i] = response.getStatus();
    }
    assertThat(statuses).containsExactly(200, 200, 200, 429);
    MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
    page.setRemoteAddr("10.0.0.9");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(page, response, new MockFilterChain());
    assertThat(response.getStatus()).isEqualTo(200);
  }
}
