package org.safar.assistance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnitScope;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roster of experts: who they are, what they know, where they were deployed. */
@Service
public class ExpertRoster {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final ExpertRepository experts;
  private final AssistanceAccess access;
  private final AuditLog audit;

  ExpertRoster(ExpertRepository experts, AssistanceAccess access, AuditLog audit) {
    this.experts = experts;
    this.access = access;
    this.audit = audit;
  }

  /**
   * Experts matching the search, each with the deployments that matched (for a deployment search).
   */
  @Transactional(readOnly = true)
  public ResultPage<RosterHit> search(RosterQuery query, int page, int size) {
    Long[] scope = access.scope().asArray();
    long total = experts.count(query, scope);
    List<Expert> found = experts.search(query, scope, size, (long) page * size);
    Map<Long, List<Deployment>> byExpert =
        found.isEmpty()
            ? Map.of()
            : experts
                .matchingDeployments(
                    query, scope, found.stream().map(Expert::id).toArray(Long[]::new))
                .stream()
                .collect(Collectors.groupingBy(Deployment::expertId));
    List<RosterHit> hits = new ArrayList<>();
    for (Expert e : found) {
      hits.add(new RosterHit(e, byExpert.getOrDefault(e.id(), List.of())));
    }
    return new ResultPage<>(hits, page, size, total);
  }

  @Transactional(readOnly = true)
  public Expert get(long id) {
    return get(id, access.scope());
  }

  private Expert get(long id, OrgUnitScope scope) {
    Expert e =
        experts.findById(id).orElseThrow(() -> new AssistanceRecordNotFoundException("expert", id));
    access.require(scope, e.ownerOrgUnitId(), "ta_expert", id);
    return e;
  }

  /** Where the expert was deployed, newest first, on actions the signed-in person may see. */
  @Transactional(readOnly = true)
  public List<Deployment> history(long expertId) {
    OrgUnitScope scope = access.scope();
    get(expertId, scope);
    return experts.deploymentsOf(expertId, scope.asArray());
  }

  /** Every expert in scope, by name, for choosing whom to deploy. */
  @Transactional(readOnly = true)
  public List<Expert> all() {
    return experts.all(access.scope().asArray());
  }

  @Transactional
  public long add(ExpertDraft draft) {
    return add(draft, access.scope());
  }

  @Transactional
  public long add(ExpertDraft draft, OrgUnitScope scope) {
    ExpertDraft d = check(draft, scope);
    long id = experts.insert(d, AuditLog.currentActor());
    audit.record("CREATED", "ta_expert", id, d.fullName() + ", " + d.employer());
    return id;
  }

  @Transactional
  public void change(long id, int version, ExpertDraft draft) {
    OrgUnitScope scope = access.scope();
    get(id, scope);
    ExpertDraft d = check(draft, scope);
    experts.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "ta_expert", id, d.fullName() + ", " + d.employer());
  }

  private static ExpertDraft check(ExpertDraft d, OrgUnitScope scope) {
    if (d.ownerOrgUnitId() == null || !scope.contains(d.ownerOrgUnitId())) {
      throw new AssistanceInputException("ownerOrgUnitId", "assistance.error.orgUnit");
    }
    String name = Typed.required(d.fullName(), 200, "fullName");
    String employer = Typed.required(d.employer(), 300, "employer");
    if (d.employerKind() == null) {
      throw new AssistanceInputException("employerKind", "assistance.error.employerKind");
    }
    if (!Countries.isKnown(d.nationality())) {
      throw new AssistanceInputException("nationality", "assistance.error.nationality");
    }
    List<String> languages = new ArrayList<>();
    for (String l : d.languages() == null ? List.<String>of() : d.languages()) {
      String tag = l.strip().toLowerCase(Locale.ROOT);
      if (!LANGUAGE.matcher(tag).matches()) {
        throw new AssistanceInputException("languages", "assistance.error.languages");
      }
      if (!languages.contains(tag)) {
        languages.add(tag);
      }
    }
    String email = Typed.clean(d.email(), 200, "email");
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new AssistanceInputException("email", "assistance.error.email");
    }
    return new ExpertDraft(
        d.ownerOrgUnitId(),
        name,
        employer,
        d.employerKind(),
        d.nationality(),
        d.expertise() == null || d.expertise().isEmpty()
            ? EnumSet.noneOf(ActionTheme.class)
            : EnumSet.copyOf(d.expertise()),
        languages,
        email);
  }
}
