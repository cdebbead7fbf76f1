package org.safar.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every constant of every enum that names its own message ({@code messageKey()}) has that message:
 * a page that shows one as {@code #{${x.messageKey}}} would otherwise print "??key_en??". The
 * static keys in templates are checked by {@link MessagesTest}'s locale comparison; these are built
 * at run time, so only this test sees them.
 */
class EnumMessageKeysTest {

  @Test
  void everyEnumMessageKeyHasAMessage() throws Exception {
    Properties messages = load("messages.properties");
    messages.putAll(load("portal.properties"));
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(
        (reader, factory) ->
            "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (BeanDefinition d : scanner.findCandidateComponents("org.safar")) {
      Class<?> type = Class.forName(d.getBeanClassName());
      Method key;
      try {
        key = type.getMethod("messageKey");
      } catch (NoSuchMethodException e) {
        continue;
      }
      if (key.getReturnType() != String.class) {
        continue;
      }
      key.setAccessible(true);
      for (Object constant : type.getEnumConstants()) {
        String k = (String) key.invoke(constant);
        checked++;
        if (!messages.containsKey(k)) {
          missing.add(type.getSimpleName() + "." + constant + " -> " + k);
        }
      }
    }
    assertThat(checked).as("enum constants with a message key").isGreaterThan(100);
    assertThat(missing).isEmpty();
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = EnumMessageKeysTest.class.getResourceAsStream("/" + name)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
    return p;
  }
}
