package org.safar.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user's language: {@code ?lang=} switches it and a cookie keeps it; without either the
 * browser's Accept-Language decides. Only shipped languages are ever used.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

  static final String LANGUAGE_PARAMETER = "lang";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new ShippedLocaleResolver("SAFAR_LANG");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setCookieHttpOnly(true);
    resolver.setDefaultLocaleFunction(request -> SupportedLocale.of(request.getLocale()).locale());
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName(LANGUAGE_PARAMETER);
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }

  /** Stores and answers only locales Safar ships, whatever a link or cookie asks for. */
  private static final class ShippedLocaleResolver extends CookieLocaleResolver {
    ShippedLocaleResolver(String cookieName) {
      super(cookieName);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      return SupportedLocale.of(super.resolveLocale(request)).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
      super.setLocale(
          request, response, locale == null ? null : SupportedLocale.of(locale).locale());
    }
  }
}
