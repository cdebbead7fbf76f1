package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safar.database.DatabaseSettings;
import org.springframework.mock.env.MockEnvironment;

/** Authenticator secrets at rest: sealed with AES-GCM, bound to their account, key from where. */
class SecretCipherTest {

  static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  private static DatabaseSettings embedded(Path data) {
    return new DatabaseSettings(null, null, null, data, 0, false, 10);
  }

  private static DatabaseSettings external(Path data) {
    return new DatabaseSettings("jdbc:postgresql://db/safar", "u", "p", data, 0, false, 10);
  }

  private static SecretCipher cipher(String key, DatabaseSettings database) {
    return new SecretCipher(new TwoFactorSettings(Set.of(), key), database, new MockEnvironment());
  }

  @Test
  void aSealedSecretOpensOnlyForWhatItIsBoundTo(@TempDir Path data) {
    SecretCipher cipher = cipher(KEY, embedded(data));
    byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    byte[] sealed = cipher.encrypt(secret, "account 1");
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1234567890");
    assertThat(cipher.encrypt(secret, "account 1"))
        .as("a fresh nonce each time")
        .isNotEqualTo(sealed);
    assertThat(cipher.decrypt(sealed, "account 1")).isEqualTo(secret);
    assertThatThrownBy(() -> cipher.decrypt(sealed, "account 2"))
        .isInstanceOf(IllegalStateException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.decrypt(sealed, "account 1"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void withoutASettingTheEmbeddedDatabaseFolderKeepsAGeneratedKey(@TempDir Path data)
      throws Exception {
    SecretCipher first = cipher(null, embedded(data));
    Path file = data.resolve(SecretCipher.KEY_FILE);
    assertThat(file).exists();
    assertThat(Files.getPosixFilePermissions(file))
        .as("only the owner may read it")
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    byte[] sealed = first.encrypt(new byte[] {1, 2, 3}, "x");
    // the next start reads the same key
    assertThat(cipher("", embedded(data)).decrypt(sealed, "x")).containsExactly(1, 2, 3);
    // a configured key is another key
    assertThatThrownBy(() -> cipher(KEY, embedded(data)).decrypt(sealed, "x"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anExternalDatabaseNeedsTheKeySetAndNamesTheSetting(@TempDir Path data) {
    assertThatThrownBy(() -> cipher(null, external(data)))
        .isInstanceOf(TwoFactorKeyException.class)
        .hasMessageContaining("SAFAR_TWO_FACTOR_KEY (safar.security.two-factor.key) is missing");
    assertThat(data.resolve(SecretCipher.KEY_FILE)).doesNotExist();
    assertThat(
            cipher(KEY, external(data))
                .decrypt(cipher(KEY, external(data)).encrypt(new byte[] {7}, "y"), "y"))
        .containsExactly(7);
  }

  @Test
  void aMalformedKeyIsNamed(@TempDir Path data) {
    assertThatThrownBy(() -> cipher("not base64!", embedded(data)))
        .isInstanceOf(TwoFactorKeyException.class)
        .hasMessageContaining("is not 16, 24 or 32 bytes in Base64");
    assertThatThrownBy(() -> cipher("AAEC", embedded(data)))
        .isInstanceOf(TwoFactorKeyException.class);
  }
}
