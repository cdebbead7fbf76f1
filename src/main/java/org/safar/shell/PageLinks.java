package org.safar.shell;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of a list that keep its search and filters; templates call it as {@code
 * ${@pages.to(n)}}.
 */
@Component("pages")
public class PageLinks {

  /** The current request's URL with {@code page} set to the given page. */
  public String to(int page) {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    try {
      return UriComponentsBuilder.fromPath(request.getRequestURI())
          .query(request.getQueryString())
          .replaceQueryParam("page", Math.max(0, page))
          .build(true)
          .toUriString();
    } catch (IllegalArgumentException malformedQuery) {
      return request.getRequestURI() + "?page=" + Math.max(0, page);
    }
  }
}
