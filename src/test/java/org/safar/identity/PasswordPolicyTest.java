package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsALongPassphrase() {
    assertThatCode(() -> PasswordPolicy.check("rivers run to the sea", "rafiq"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesShortLongAndUsernamePasswords() {
    assertThatThrownBy(() -> PasswordPolicy.check("short", "rafiq"))
        .hasMessageContaining("account.error.passwordShort");
    assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129), "rafiq"))
        .hasMessageContaining("account.error.passwordLong");
    assertThatThrownBy(() -> PasswordPolicy.check("my name is Rafiq!!", "rafiq"))
        .hasMessageContaining("account.error.passwordHasUsername");
    assertThatThrownBy(() -> PasswordPolicy.check(null, "rafiq"))
        .hasMessageContaining("account.error.passwordShort");
  }
}
