package org.safar.counselling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing follow-up survey submissions exported from KoboToolbox or ODK Central: upload (kept
 * server-side), preview (every row checked against the clients the importer may see), confirm
 * (applied whole in one transaction with one audit entry, or not at all). Each submission closes
 * the client's earliest follow-up still due, or records a new one already done, and records the
 * intention the client stated; a submission imported before is skipped.
 */
@Service
public class FollowUpImports {

  /** The template's header: the survey's question names in the order the page lists them. */
  public static final String TEMPLATE =
      "submission_id,client_ref,followup_date,reached,outcome,intention,likelihood\r\n";

  private static final List<Locale> FORM_LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.forLanguageTag("ru"),
          Locale.forLanguageTag("fa-AF"),
          Locale.forLanguageTag("ar"));

  private final StagedSurveys staged;
  private final SurveyImportRepository repository;
  private final IntentionRepository intentions;
  private final DeskAccess access;
  private final AuditLog audit;
  private final Clock clock;
  private final Map<String, Intention> answers;

  FollowUpImports(
      StagedSurveys staged,
      SurveyImportRepository repository,
      IntentionRepository intentions,
      DeskAccess access,
      AuditLog audit,
      Clock clock,
      MessageSource messages) {
    this.staged = staged;
    this.repository = repository;
    this.intentions = intentions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    this.answers = answers(messages);
  }

  /** The intention answers taken: codes, and the labels in the staff languages, in lower case. */
  private static Map<String, Intention> answers(MessageSource messages) {
    Map<String, Intention> answers = new HashMap<>();
    for (Intention i : Intention.values()) {
      for (Locale locale : FORM_LANGUAGES) {
        String label = messages.getMessage(i.messageKey(), null, null, locale);
        if (label != null) {
          answers.putIfAbsent(SurveyFile.normalise(label), i);
        }
      }
    }
    for (Intention i : Intention.values()) {
      answers.put(SurveyFile.normalise(i.name()), i);
    }
    return Map.copyOf(answers);
  }

  /**
   * Keeps an uploaded file for its preview, unless it cannot be read at all (then nothing is kept
   * and the reason is thrown). Clients named in it outside the importer's scope are audited as
   * refused reads once, here.
   */
  @Transactional
  public UUID upload(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidCounsellingInputException("file", "followUpImport.error.empty");
    }
    try {
      SurveyFile.check(SurveyFile.decode(content), answers, clock);
    } catch (SurveyFile.Refused r) {
      throw new RefusedFile(r.key, r.value);
    }
    String name = fileName == null || fileName.isBlank() ? "survey.csv" : fileName.strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    UUID id = staged.keep(AuditLog.currentActor(), name, content);
    plan(upload(id), false, true);
    return id;
  }

  /** What the staged file would do; nothing changes. */
  @Transactional(readOnly = true)
  public FollowUpImportPreview preview(UUID id) {
    return plan(upload(id), false, false).preview();
  }

  /**
   * Applies a previewed file whole. The counts the person saw must still hold, or nothing is
   * applied and the preview is to be shown again.
   *
   * @return what was done
   */
  @Transactional
  public FollowUpImportPreview confirm(UUID id, int closeSeen, int createSeen, int skippedSeen) {
    StagedSurveys.Upload upload = upload(id);
    Plan plan = plan(upload, true, false);
    FollowUpImportPreview p = plan.preview();
    if (!p.errors().isEmpty()) {
      throw new InvalidCounsellingInputException("file", "followUpImport.error.hasErrors");
    }
    if (!p.canConfirm()) {
      throw new InvalidCounsellingInputException("file", "followUpImport.error.nothingNew");
    }
    if (p.toClose() != closeSeen
        || p.toCreate() != createSeen
        || p.alreadyImported() != skippedSeen) {
      throw new InvalidCounsellingInputException("file", "followUpImport.error.changedMeanwhile");
    }
    String actor = AuditLog.currentActor();
    long staff = access.staffId();
    for (Step s : plan.steps()) {
      SurveyFile.Row r = s.row();
      Intentions.check(r.intention(), r.likelihood());
      String outcome = Text.clean(r.outcome(), 5000, "outcome");
      long followUp;
      if (s.close() != null) {
        followUp = s.close().id();
        repository.close(followUp, r.doneAt(), r.reached(), outcome, actor);
      } else {
        followUp =
            repository.createDone(
                s.clientId(),
                s.mrcId(),
                staff,
                r.surveyDate(),
                r.doneAt(),
                r.reached(),
                outcome,
                actor);
      }
      if (r.reached() && r.intention() != null) {
        intentions.insert(
            s.clientId(),
            s.mrcId(),
            "FOLLOW_UP",
            r.intention(),
            r.likelihood(),
            r.surveyDate(),
            null,
            followUp,
            actor);
      }
      repository.remember(r.submissionId(), followUp, upload.fileName(), actor);
    }
    audit.record(
        "FOLLOW_UPS_IMPORTED",
        "follow_up_import",
        id,
        upload.fileName()
            + ": "
            + p.toClose()
            + " follow-ups closed, "
            + p.toCreate()
            + " created, "
            + p.alreadyImported()
            + " already imported");
    staged.drop(id);
    return p;
  }

  /** A file refused as a whole: the reason's message key and the value it names. */
  public static final class RefusedFile extends InvalidCounsellingInputException {
    private static final long serialVersionUID = 1L;
    private final String value;

    RefusedFile(String key, String value) {
      super("file", key);
      this.value = value;
    }

    /** The column or value the reason names, or null. */
    public String value() {
      return value;
    }
  }

  private StagedSurveys.Upload upload(UUID id) {
    return staged
        .find(id, AuditLog.currentActor())
        .orElseThrow(() -> new CounsellingRecordNotFoundException("survey upload", 0));
  }

  /** A submission to apply: the follow-up it closes (or null: a new one) and where it belongs. */
  private record Step(
      SurveyFile.Row row, long clientId, long mrcId, SurveyImportRepository.Due close) {}

  private record Plan(FollowUpImportPreview preview, List<Step> steps) {}

  private Plan plan(StagedSurveys.Upload upload, boolean lock, boolean auditRefused) {
    SurveyFile.Checked checked;
    try {
      checked = SurveyFile.check(SurveyFile.decode(upload.content()), answers, clock);
    } catch (SurveyFile.Refused r) {
      checked =
          new SurveyFile.Checked(
              List.of(), List.of(new FollowUpImportError(0, null, r.key, r.value)));
    }
    List<FollowUpImportError> errors = new ArrayList<>(checked.errors());
    Set<String> before =
        repository.imported(checked.rows().stream().map(SurveyFile.Row::submissionId).toList());
    Map<Long, SurveyImportRepository.Target> targets =
        resolve(
            checked.rows().stream()
                .filter(r -> !before.contains(r.submissionId()))
                .map(SurveyFile.Row::clientRef)
                .toList());
    OrgUnitScope scope = access.scope();
    int skipped = 0;
    List<Step> steps = new ArrayList<>();
    Set<Long> refused = new HashSet<>();
    for (SurveyFile.Row r : checked.rows()) {
      if (before.contains(r.submissionId())) {
        skipped++;
        continue;
      }
      SurveyImportRepository.Target t = targets.get(r.clientRef());
      String ref = Long.toString(r.clientRef());
      if (t == null || !scope.contains(t.mrcId())) {
        errors.add(
            SurveyFile.error(
                r.row(), SurveyColumns.Column.CLIENT, "followUpImport.error.unknownClient", ref));
        if (t != null && auditRefused && refused.add(t.id())) {
          audit.accessDenied("client", t.id(), "follow-up survey import");
        }
      } else if (t.erased()) {
        errors.add(
            SurveyFile.error(
                r.row(), SurveyColumns.Column.CLIENT, "followUpImport.error.erased", ref));
      } else if (t.confidential()) {
        errors.add(
            SurveyFile.error(
                r.row(), SurveyColumns.Column.CLIENT, "followUpImport.error.protected", ref));
      } else {
        steps.add(new Step(r, t.id(), t.mrcId(), null));
      }
    }
    errors.sort(Comparator.comparingInt(FollowUpImportError::row));
    // the earliest survey closes the earliest follow-up due; later ones the next, or make new ones
    steps.sort(
        Comparator.comparing((Step s) -> s.row().doneAt()).thenComparingInt(s -> s.row().row()));
    Map<Long, Deque<SurveyImportRepository.Due>> due =
        repository.due(
            steps.stream().map(Step::clientId).distinct().toList(), scope.asArray(), lock);
    List<Step> planned = new ArrayList<>(steps.size());
    int close = 0;
    for (Step s : steps) {
      Deque<SurveyImportRepository.Due> open = due.get(s.clientId());
      SurveyImportRepository.Due d = open == null ? null : open.poll();
      if (d != null) {
        close++;
        planned.add(new Step(s.row(), s.clientId(), d.mrcId(), d));
      } else {
        planned.add(s);
      }
    }
    int rows =
        checked.rows().size()
            + (int)
                checked.errors().stream()
                    .mapToInt(FollowUpImportError::row)
                    .filter(n -> n > 0)
                    .distinct()
                    .count();
    FollowUpImportPreview preview =
        new FollowUpImportPreview(
            upload.id(), upload.fileName(), rows, close, planned.size() - close, skipped, errors);
    return new Plan(preview, planned);
  }

  /** The clients named, by the id the file gives: a merged duplicate leads to the record kept. */
  private Map<Long, SurveyImportRepository.Target> resolve(List<Long> refs) {
    Map<Long, SurveyImportRepository.Target> byRef = new HashMap<>();
    Map<Long, SurveyImportRepository.Target> found = repository.clients(new HashSet<>(refs));
    for (int hop = 0; hop < 3; hop++) {
      Set<Long> next = new HashSet<>();
      for (SurveyImportRepository.Target t : found.values()) {
        if (t.mergedInto() != null && !found.containsKey(t.mergedInto())) {
          next.add(t.mergedInto());
        }
      }
      if (next.isEmpty()) {
        break;
      }
      found.putAll(repository.clients(next));
    }
    for (Long ref : refs) {
      SurveyImportRepository.Target t = found.get(ref);
      for (int hop = 0; t != null && t.mergedInto() != null && hop < 4; hop++) {
        t = found.get(t.mergedInto());
      }
      if (t != null && t.mergedInto() == null) {
        byRef.put(ref, t);
      }
    }
    return byRef;
  }
}
