package org.safar.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A feed import cannot be pointed at the server's own network. */
class NewsImportAddressTest {

  final NewsImports imports = new NewsImports(null, null, null, false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:1/feed.xml",
        "http://localhost/feed",
        "http://10.1.2.3/",
        "http://192.168.0.10/rss",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/feed",
        "http://0.0.0.0/"
      })
  void internalAddressesAreRefusedBeforeAnythingIsFetched(String url) {
    assertThatThrownBy(() -> imports.fetch(url))
        .isInstanceOf(InvalidNewsInputException.class)
        .extracting(e -> ((InvalidNewsInputException) e).messageKey())
        .isEqualTo("news.import.error.internal");
  }

  @Test
  void publicAddressesAreNotInternal() throws Exception {
    assertThat(NewsImports.internal(InetAddress.getByName("93.184.216.34"))).isFalse();
    assertThat(NewsImports.internal(InetAddress.getByName("100.64.1.1"))).isTrue();
    assertThat(NewsImports.internal(InetAddress.getByName("fd00::1"))).isTrue();
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    assertThatThrownBy(() -> imports.fetch("file:///etc/passwd"))
        .isInstanceOf(InvalidNewsInputException.class)
        .extracting(e -> ((InvalidNewsInputException) e).messageKey())
        .isEqualTo("news.import.error.url");
  }
}
