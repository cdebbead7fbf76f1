package org.safar.shell;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: language, direction, and the navigation for this user. */
@ControllerAdvice
class ShellModel {

  private final List<NavigationEntry> entries;

  ShellModel(List<NavigationEntry> entries) {
    this.entries =
        entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
  }

  @ModelAttribute("shell")
  Shell shell(Locale locale, HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = original instanceof String s ? s : request.getRequestURI();
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    boolean portal = SupportedLocale.isPortal(path);
    SupportedLocale current = SupportedLocale.forPath(path, locale);
    Set<String> roles = currentRoles();
    SignedInPerson user = signedIn();
    // someone half signed in (a two-factor step still to come) is shown no sections
    List<NavigationEntry> visible =
        roles == null || user == null
            ? List.of()
            : entries.stream().filter(e -> e.visibleTo(roles)).toList();
    String query = original instanceof String ? null : request.getQueryString();
    return new Shell(
        current,
        portal ? SupportedLocale.portal() : SupportedLocale.all(),
        visible,
        path,
        query,
        user,
        roles == null ? Set.of() : roles);
  }

  private static SignedInPerson signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof SignedInPerson person ? person : null;
  }

  private static Set<String> currentRoles() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
      return null;
    }
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a != null && a.startsWith("ROLE_"))
        .map(a -> a.substring(5))
        .collect(Collectors.toSet());
  }

  /** The layout's view of the current request. */
  record Shell(
      SupportedLocale locale,
      List<SupportedLocale> locales,
      List<NavigationEntry> navigation,
      String path,
      String query,
      SignedInPerson user,
      Set<String> roles) {

    /**
     * This page of a list at another page number, keeping its search and filters. (A method on the
     * model, because Thymeleaf does not let link attributes call beans.)
     */
    public String pageLink(int page) {
      try {
        return UriComponentsBuilder.fromPath(path)
            .query(query)
            .replaceQueryParam("page", Math.max(0, page))
            .build(true)
            .toUriString();
      } catch (IllegalArgumentException malformedQuery) {
        return path + "?page=" + Math.max(0, page);
      }
    }

    /** Another address with this page's search and filters, e.g. the list's CSV export. */
    public String withFilters(String otherPath) {
      try {
        return UriComponentsBuilder.fromPath(otherPath)
            .query(query)
            .replaceQueryParam("page")
            .build(true)
            .toUriString();
      } catch (IllegalArgumentException malformedQuery) {
        return otherPath;
      }
    }

    public boolean hasRole(String role) {
      return roles.contains(role);
    }

    public String direction() {
      return locale.rightToLeft() ? "rtl" : "ltr";
    }

    public boolean current(NavigationEntry entry) {
      return path.equals(entry.path()) || path.startsWith(entry.path() + "/");
    }
  }
}
