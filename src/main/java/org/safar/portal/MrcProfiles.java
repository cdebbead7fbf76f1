package org.safar.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitDraft;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.safar.shell.InvalidInputException;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Staff keep the public profile of the MRCs in their scope: the contact details the org unit holds
 * (changed through {@link OrgUnits#update}, with its own version and audit entry) and the portal's
 * profile ({@code mrc_public_profile}). One save changes both or neither; the portal shows it at
 * once.
 */
@Service
public class MrcProfiles {

  static final int MAX_ADDRESS = 300;
  static final int MAX_CITY = 100;
  static final int MAX_HOURS = 300;
  static final int MAX_DIRECTIONS = 500;
  static final int MAX_MAP_LINK = 500;
  static final int MAX_LANGUAGES = 12;

  /** Digits with an optional leading plus, spaces, dots, dashes, slashes and brackets. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,30}");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

  private final MrcProfileRepository repository;
  private final OrgUnits orgUnits;
  private final PublicMrcs publicMrcs;
  private final AuditLog audit;

  MrcProfiles(
      MrcProfileRepository repository, OrgUnits orgUnits, PublicMrcs publicMrcs, AuditLog audit) {
    this.repository = repository;
    this.orgUnits = orgUnits;
    this.publicMrcs = publicMrcs;
    this.audit = audit;
  }

  /**
   * A page of the MRCs in the reader's scope whose name, code or city contain the text.
   *
   * @param complete true: only complete profiles, false: only those missing something, null: all
   */
  @Transactional(readOnly = true)
  public ResultPage<MrcProfileSheet> search(String text, Boolean complete, int page, int size) {
    Long[] scope = orgUnits.currentScope().asArray();
    String like = ResultPage.containing(text);
    return new ResultPage<>(
        repository.search(scope, like, complete, size, (long) page * size),
        page,
        size,
        repository.count(scope, like, complete));
  }

  /** An MRC's profile; one outside the reader's scope is refused (403) and audited. */
  @Transactional(readOnly = true)
  public MrcProfileSheet get(long id) {
    MrcProfileSheet sheet =
        repository.find(id).orElseThrow(() -> new MrcProfileNotFoundException(id));
    OrgUnitScope scope = orgUnits.currentScope();
    if (!scope.contains(id)) {
      audit.accessDenied("mrc_public_profile", id);
      throw new OutOfScopeException("MRC " + id);
    }
    return sheet;
  }

  /**
   * Saves the profile: both parts or neither, with one audit entry. Throws {@link
   * InvalidInputException} for bad input and {@link OptimisticLockingFailureException} when the
   * unit or the profile was saved by someone else since the versions were read.
   */
  @Transactional
  public MrcProfileSheet save(long id, int unitVersion, int profileVersion, MrcProfileDraft draft) {
    MrcProfileSheet current = get(id);
    MrcProfileDraft d = validate(draft);
    boolean contactsChanged =
        !Objects.equals(current.address(), d.address())
            || !Objects.equals(current.city(), d.city())
            || !Objects.equals(current.hotline(), d.hotline())
            || !Objects.equals(current.email(), d.email())
            || !Objects.equals(current.openingHours(), d.openingHours())
            || !current.languages().equals(d.languages());
    if (contactsChanged) {
      OrgUnit unit = orgUnits.find(id).orElseThrow(() -> new MrcProfileNotFoundException(id));
      orgUnits.update(
          id,
          unitVersion,
          new OrgUnitDraft(
              unit.parentId(),
              unit.kind(),
              unit.code(),
              unit.name(),
              unit.countryCode(),
              d.address(),
              d.city(),
              d.hotline(),
              d.email(),
              d.openingHours(),
              d.languages(),
              unit.active()),
          orgUnits.currentScope());
    }
    if (!repository.save(id, profileVersion, d, AuditLog.currentActor())) {
      throw new OptimisticLockingFailureException("MRC profile " + id + " changed meanwhile");
    }
    audit.record(
        "PROFILE_SAVED",
        "mrc_public_profile",
        id,
        current.code() + (contactsChanged ? " contacts and profile" : " profile"));
    forgetPublicListAfterCommit();
    return repository.find(id).orElseThrow();
  }

  /** The portal keeps its list for a minute: drop it now and again once the change is visible. */
  private void forgetPublicListAfterCommit() {
    publicMrcs.forget();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              publicMrcs.forget();
            }
          });
    }
  }

  MrcProfileDraft validate(MrcProfileDraft d) {
    String address = text(d.address(), MAX_ADDRESS, "address");
    String city = text(d.city(), MAX_CITY, "city");
    String hours = text(d.openingHours(), MAX_HOURS, "openingHours");
    String directions = text(d.directions(), MAX_DIRECTIONS, "directions");
    String hotline = text(d.hotline(), 30, "hotline");
    if (hotline != null
        && (!PHONE.matcher(hotline).matches() || hotline.replaceAll("\\D", "").length() < 3)) {
      throw new InvalidInputException("hotline", "mrcProfile.error.hotline");
    }
    String email = text(d.email(), 200, "email");
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidInputException("email", "mrcProfile.error.email");
    }
    List<String> languages =
        d.languages().stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(s -> s.replace('_', '-'))
            .distinct()
            .toList();
    if (languages.size() > MAX_LANGUAGES
        || languages.stream().anyMatch(t -> !LANGUAGE_TAG.matcher(t).matches())) {
      throw new InvalidInputException("languages", "mrcProfile.error.languages");
    }
    BigDecimal lat = d.latitude();
    BigDecimal lon = d.longitude();
    if ((lat == null) != (lon == null)) {
      throw new InvalidInputException(
          lat == null ? "latitude" : "longitude", "mrcProfile.error.coordinatesPair");
    }
    if (lat != null && (lat.abs().compareTo(NINETY) > 0)) {
      throw new InvalidInputException("latitude", "mrcProfile.error.latitude");
    }
    if (lon != null && (lon.abs().compareTo(ONE_EIGHTY) > 0)) {
      throw new InvalidInputException("longitude", "mrcProfile.error.longitude");
    }
    return new MrcProfileDraft(
        address,
        city,
        hotline,
        email,
        hours,
        languages,
        lat == null ? null : lat.setScale(5, RoundingMode.HALF_UP),
        lon == null ? null : lon.setScale(5, RoundingMode.HALF_UP),
        directions,
        mapLink(d.mapLink()),
        d.listed());
  }

  /** Only an https address with a host; anything else (javascript:, http:, data:) is refused. */
  private static String mapLink(String value) {
    String link = text(value, MAX_MAP_LINK, "mapLink");
    if (link == null) {
      return null;
    }
    try {
      URI uri = new URI(link);
      if (!"https".equalsIgnoreCase(uri.getScheme())
          || uri.getHost() == null
          || uri.getHost().isBlank()
          || uri.getRawUserInfo() != null
          || !link.startsWith("https://")) {
        throw new InvalidInputException("mapLink", "mrcProfile.error.mapLink");
      }
    } catch (URISyntaxException e) {
      throw new InvalidInputException("mapLink", "mrcProfile.error.mapLink");
    }
    return link;
  }

  /** Trimmed text without control characters (line breaks kept), null when empty. */
  private static String text(String value, int max, String field) {
    String v = value == null ? "" : value.strip().replaceAll("[\\p{Cntrl}&&[^\\n]]", "");
    if (v.isEmpty()) {
      return null;
    }
    if (v.length() > max) {
      throw new InvalidInputException(field, "mrcProfile.error." + field + "TooLong");
    }
    return v;
  }
}
