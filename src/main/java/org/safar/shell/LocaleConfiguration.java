package org.safar.shell;

import jakarta.servlet.RequestDispatcher;
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
 * browser's Accept-Language decides. Only shipped languages are ever used: on the public portal any
 * of the eight, on staff pages one of the four the staff pages are translated into.
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
    resolver.setDefaultLocaleFunction(
        request -> SupportedLocale.forPath(path(request), request.getLocale()).locale());
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
      return SupportedLocale.forPath(path(request), super.resolveLocale(request)).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
      super.setLocale(
          request,
          response,
          locale == null ? null : SupportedLocale.forPath(path(request), locale).locale());
    }
  }

  /** The page's path; for an error page, the path that failed. */
  private static String path(HttpServletRequest request) {
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = failed instanceof String s ? s : request.getRequestURI();
    return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
  }
}
