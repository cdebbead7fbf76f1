package org.safar.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.safar.database.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets at rest with AES-GCM, so a copy of the database (a backup, a dump)
 * does not give away anybody's second factor. Each value is bound to what it belongs to (the
 * associated data), so a secret copied into another account's row does not decrypt.
 *
 * <p>The key comes from {@code safar.security.two-factor.key}. Without it, the embedded database's
 * data folder keeps a generated one beside the database files. An external database requires the
 * setting: several instances may share that database, and each must read what the others wrote.
 */
@Component
@DependsOn("dataSource") // a wrong database setting is reported first, and is the more basic one
class SecretCipher {

  private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
  static final String KEY_FILE = "two-factor.key";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  SecretCipher(TwoFactorSettings settings, DatabaseSettings database, Environment environment) {
    this.key = new SecretKeySpec(resolveKey(settings, database, environment), "AES");
  }

  /** The nonce followed by the ciphertext and its tag. */
  byte[] encrypt(byte[] plain, String boundTo) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, boundTo, plain);
    byte[] out = new byte[NONCE_BYTES + sealed.length];
    System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
    System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
    return out;
  }

  /**
   * Fails when the value was changed, belongs to something else, or was sealed with another key.
   */
  byte[] decrypt(byte[] stored, String boundTo) {
    if (stored.length <= NONCE_BYTES) {
      throw new IllegalArgumentException("Not an encrypted secret");
    }
    byte[] nonce = Arrays.copyOf(stored, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(stored, NONCE_BYTES, stored.length);
    return run(Cipher.DECRYPT_MODE, nonce, boundTo, sealed);
  }

  private byte[] run(int mode, byte[] nonce, String boundTo, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "An authenticator secret could not be "
              + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted")
              + " (was safar.security.two-factor.key changed?)",
          e);
    }
  }

  private static byte[] resolveKey(
      TwoFactorSettings settings, DatabaseSettings database, Environment environment) {
    if (settings.key() != null && !settings.key().isBlank()) {
      return configuredKey(settings.key().trim());
    }
    boolean external =
        (database.url() != null && !database.url().isBlank())
            || !environment.getProperty("spring.datasource.url", "").isBlank();
    if (external) {
      throw new TwoFactorKeyException(
          "SAFAR_TWO_FACTOR_KEY (safar.security.two-factor.key) is missing: with an external"
              + " database, the key that encrypts authenticator secrets must be set.",
          "Set SAFAR_TWO_FACTOR_KEY to 32 random bytes in Base64 (for example the output of"
              + " 'openssl rand -base64 32'), the same on every instance, and keep it out of the"
              + " database backups.",
          null);
    }
    return keyInDataFolder(database.dataDir().toAbsolutePath().normalize());
  }

  private static byte[] configuredKey(String base64) {
    byte[] key = decodeKey(base64);
    if (key == null) {
      throw new TwoFactorKeyException(
          "SAFAR_TWO_FACTOR_KEY (safar.security.two-factor.key) is not 16, 24 or 32 bytes in"
              + " Base64.",
          "Set it to 32 random bytes in Base64, for example the output of"
              + " 'openssl rand -base64 32'.",
          null);
    }
    return key;
  }

  /** The AES key in the Base64 text, or null when it is not one. */
  private static byte[] decodeKey(String base64) {
    try {
      byte[] key = Base64.getDecoder().decode(base64);
      return key.length == 16 || key.length == 24 || key.length == 32 ? key : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] keyInDataFolder(Path folder) {
    Path file = folder.resolve(KEY_FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(folder);
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
          Files.createFile(file);
          restrictToOwner(file);
          Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
          log.info("Generated the key for two-factor secrets in {}", file);
          return fresh;
        } catch (FileAlreadyExistsException raced) {
          // another start made it first: read theirs
        }
      }
      byte[] key = decodeKey(Files.readString(file).trim());
      if (key == null) {
        throw new TwoFactorKeyException(
            "The key for two-factor secrets in " + file + " is damaged.",
            "Put back the file from a backup; without it, everybody must set up two-factor"
                + " sign-in again (an administrator resets it per account).",
            null);
      }
      return key;
    } catch (IOException e) {
      throw new TwoFactorKeyException(
          "The key for two-factor secrets could not be read or written at " + file + ".",
          "Check that the data folder (SAFAR_DATA_DIR, safar.db.data-dir) is writable, or set"
              + " SAFAR_TWO_FACTOR_KEY.",
          e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's own permissions apply
    }
  }
}
