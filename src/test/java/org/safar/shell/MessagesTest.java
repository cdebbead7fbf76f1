package org.safar.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A shipped language must say everything English says, with the same placeholders: the staff pages'
 * bundle ({@code messages}) in the staff languages, the public portal's ({@code portal}) in all.
 */
class MessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  static Stream<Arguments> bundles() {
    return Stream.concat(
        SupportedLocale.all().stream().map(l -> Arguments.of("messages", l)),
        SupportedLocale.portal().stream().map(l -> Arguments.of("portal", l)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bundles")
  void everyLocaleHasEveryKeyWithTheSamePlaceholders(String bundle, SupportedLocale locale)
      throws IOException {
    Properties english = load(bundle + ".properties");
    String file =
        locale == SupportedLocale.ENGLISH
            ? bundle + ".properties"
            : bundle + "_" + locale.locale().toString() + ".properties";
    Properties translated = load(file);

    Set<String> missing = new TreeSet<>(english.stringPropertyNames());
    missing.removeAll(translated.stringPropertyNames());
    Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
    extra.removeAll(english.stringPropertyNames());
    assertThat(missing).as("keys missing in " + file).isEmpty();
    assertThat(extra).as("keys in " + file + " that English lacks").isEmpty();

    for (String key : english.stringPropertyNames()) {
      assertThat(placeholders(translated.getProperty(key)))
          .as("placeholders of " + key + " in " + file)
          .isEqualTo(placeholders(english.getProperty(key)));
      assertThat(translated.getProperty(key)).as(key + " in " + file).isNotBlank();
    }
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String name) throws IOException {
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name + " is shipped").isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
