package org.safar.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OutOfScopeException;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The training module's public face: trainings, their participants and trainers. */
@Service
public class Trainings {

  /** How far down the cascade of a training of trainers the page follows. */
  static final int CASCADE_DEPTH = 5;

  private final TrainingRepository repository;
  private final ParticipantRepository participants;
  private final CatalogueRepository catalogue;
  private final TrainingAccess access;
  private final AuditLog audit;

  Trainings(
      TrainingRepository repository,
      ParticipantRepository participants,
      CatalogueRepository catalogue,
      TrainingAccess access,
      AuditLog audit) {
    this.repository = repository;
    this.participants = participants;
    this.catalogue = catalogue;
    this.access = access;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public ResultPage<TrainingRow> search(TrainingFilter filter, int page, int size) {
    Long[] scope = access.scope().asArray();
    long counted = repository.count(scope, filter, ResultPage.COUNT_CAP);
    return ResultPage.counted(
        repository.search(scope, filter, size, (long) page * size), page, size, counted);
  }

  /** Every training matching the filter, within scope, to {@code each}, from a cursor. */
  @Transactional(readOnly = true)
  public void export(TrainingFilter filter, java.util.function.Consumer<TrainingRow> each) {
    repository.export(access.scope().asArray(), filter, each);
  }

  @Transactional(readOnly = true)
  public Training get(long id) {
    Training t =
        repository.findById(id).orElseThrow(() -> new TrainingNotFoundException("training", id));
    access.requireRead(t.orgUnitId(), "training", id);
    return t;
  }

  /** A training with its figures, trainers and, for a training of trainers, its cascade. */
  @Transactional(readOnly = true)
  public TrainingView view(long id) {
    Training t = get(id);
    Long[] scope = access.scope().asArray();
    Set<Long> covered = Set.copyOf(t.moduleIds());
    return new TrainingView(
        t,
        repository.figures(t),
        catalogue.modules().stream().filter(m -> covered.contains(m.id())).toList(),
        repository.trainers(id, scope),
        t.trainsTrainers() ? repository.cascade(id, CASCADE_DEPTH, scope) : List.of(),
        access.maySeePersons(),
        access.mayEdit());
  }

  @Transactional
  public long record(TrainingDraft draft) {
    access.requireUnit(draft.orgUnitId());
    TrainingDraft d = validate(draft, null);
    long id = repository.insert(d, AuditLog.currentActor());
    audit.record("CREATED", "training", id, d.kind() + " " + d.title());
    return id;
  }

  @Transactional
  public void change(long id, int version, TrainingDraft draft) {
    Training before = get(id);
    access.requireEdit(before.orgUnitId(), "training", id);
    TrainingDraft d = validate(draft, before);
    repository.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "training", id, d.kind() + " " + d.title());
  }

  @Transactional(readOnly = true)
  public ResultPage<Participant> participants(long trainingId, String text, int page, int size) {
    get(trainingId);
    requirePersons(trainingId);
    String like = ResultPage.containing(text);
    return new ResultPage<>(
        participants.page(trainingId, like, size, (long) page * size),
        page,
        size,
        participants.count(trainingId, like));
  }

  /** Every participant of the training, by name, from a cursor. */
  @Transactional(readOnly = true)
  public void exportParticipants(long trainingId, java.util.function.Consumer<Participant> each) {
    get(trainingId);
    requirePersons(trainingId);
    participants.export(trainingId, each);
  }

  @Transactional
  public long addParticipant(long trainingId, ParticipantDraft draft) {
    Training t = editable(trainingId);
    if (!t.keepsPersons()) {
      throw new InvalidTrainingInputException("fullName", "training.error.countsOnly");
    }
    ParticipantDraft d = clean(draft);
    ParticipantRules.Problem problem = ParticipantRules.check(d);
    if (problem != null) {
      throw new InvalidTrainingInputException(problem.field(), problem.messageKey());
    }
    repository.lock(trainingId);
    if (participants
        .keys(trainingId)
        .contains(ParticipantRules.key(d.fullName(), d.institution()))) {
      throw new InvalidTrainingInputException("fullName", "training.participant.error.duplicate");
    }
    long id = participants.insert(trainingId, d);
    audit.record("PARTICIPANT_ADDED", "training", trainingId, "participant " + id);
    return id;
  }

  @Transactional(readOnly = true)
  public Participant participant(long trainingId, long participantId) {
    get(trainingId);
    requirePersons(trainingId);
    return participants
        .findById(participantId)
        .filter(p -> p.trainingId() == trainingId)
        .orElseThrow(() -> new TrainingNotFoundException("participant", participantId));
  }

  @Transactional
  public void removeParticipant(long trainingId, long participantId) {
    editable(trainingId);
    Participant p = participant(trainingId, participantId);
    participants.delete(p.id());
    audit.record("PARTICIPANT_REMOVED", "training", trainingId, "participant " + p.id());
  }

  /** Trainees of trainings of trainers in scope whose name matches, to link as trainers. */
  @Transactional(readOnly = true)
  public List<Trainer> trainerCandidates(long trainingId, String text) {
    get(trainingId);
    String like = ResultPage.containing(text);
    return like == null
        ? List.of()
        : repository.trainerCandidates(access.scope().asArray(), like, trainingId);
  }

  /** Links a trainee of a training of trainers as a trainer of this (later) training. */
  @Transactional
  public void addTrainer(long trainingId, long participantId) {
    Training t = editable(trainingId);
    Participant p =
        participants
            .findById(participantId)
            .orElseThrow(() -> new TrainingNotFoundException("participant", participantId));
    Training tot =
        repository
            .findById(p.trainingId())
            .orElseThrow(() -> new TrainingNotFoundException("training", p.trainingId()));
    access.requireRead(tot.orgUnitId(), "training", tot.id());
    if (!tot.trainsTrainers() || tot.id() == trainingId) {
      throw new InvalidTrainingInputException("participantId", "training.error.trainerNotTrainee");
    }
    if (tot.startsOn().isAfter(t.startsOn())) {
      throw new InvalidTrainingInputException("participantId", "training.error.trainerLater");
    }
    if (repository.addTrainer(trainingId, participantId)) {
      audit.record("TRAINER_ADDED", "training", trainingId, "participant " + participantId);
    }
  }

  @Transactional
  public void removeTrainer(long trainingId, long participantId) {
    editable(trainingId);
    repository.removeTrainer(trainingId, participantId);
    audit.record("TRAINER_REMOVED", "training", trainingId, "participant " + participantId);
  }

  @Transactional(readOnly = true)
  public List<ProjectChoice> projects() {
    return catalogue.projects();
  }

  @Transactional(readOnly = true)
  public List<TrainingModule> modules() {
    return catalogue.modules();
  }

  @Transactional(readOnly = true)
  public List<TrainingSeries> series() {
    return catalogue.series(access.scope().asArray());
  }

  @Transactional(readOnly = true)
  public TrainingSeries series(long id) {
    TrainingSeries s =
        catalogue.seriesById(id).orElseThrow(() -> new TrainingNotFoundException("series", id));
    access.requireRead(s.orgUnitId(), "training_series", id);
    return s;
  }

  @Transactional
  public long recordSeries(Long orgUnitId, String name, String description) {
    access.requireUnit(orgUnitId);
    String n = ParticipantRules.clean(name);
    if (n == null || n.length() > 200) {
      throw new InvalidTrainingInputException("name", "training.series.error.name");
    }
    String desc = text(description, 2000, "description");
    long id = catalogue.insertSeries(orgUnitId, n, desc, AuditLog.currentActor());
    audit.record("CREATED", "training_series", id, n);
    return id;
  }

  @Transactional
  public long recordModule(String code, String title, String summary) {
    if (!access.mayEdit()) {
      throw new OutOfScopeException("training module");
    }
    String c = ParticipantRules.clean(code);
    if (c == null || c.length() > 40) {
      throw new InvalidTrainingInputException("code", "training.module.error.code");
    }
    if (catalogue.moduleCodeTaken(c)) {
      throw new InvalidTrainingInputException("code", "training.module.error.codeTaken");
    }
    String t = ParticipantRules.clean(title);
    if (t == null || t.length() > 300) {
      throw new InvalidTrainingInputException("title", "training.module.error.title");
    }
    long id = catalogue.insertModule(c, t, text(summary, 2000, "summary"), AuditLog.currentActor());
    audit.record("CREATED", "training_module", id, c + " " + t);
    return id;
  }

  /** The training, if the signed-in person may change it (else 403, audited). */
  @Transactional(readOnly = true)
  Training editable(long trainingId) {
    Training t = get(trainingId);
    access.requireEdit(t.orgUnitId(), "training", trainingId);
    return t;
  }

  private void requirePersons(long trainingId) {
    if (!access.maySeePersons()) {
      audit.accessDenied("training", trainingId, "participants are not shown to this role");
      throw new OutOfScopeException("participants of training " + trainingId);
    }
  }

  private static ParticipantDraft clean(ParticipantDraft d) {
    return new ParticipantDraft(
        ParticipantRules.clean(d.fullName()),
        ParticipantRules.clean(d.institution()),
        d.sex(),
        ParticipantRules.clean(d.position()),
        d.preScore(),
        d.postScore());
  }

  private TrainingDraft validate(TrainingDraft d, Training before) {
    Long unit = before == null ? d.orgUnitId() : before.orgUnitId();
    if (d.programmeId() == null || catalogue.project(d.programmeId()).isEmpty()) {
      throw new InvalidTrainingInputException("programmeId", "training.error.project");
    }
    if (d.seriesId() != null) {
      TrainingSeries s =
          catalogue
              .seriesById(d.seriesId())
              .filter(x -> access.scope().contains(x.orgUnitId()))
              .orElseThrow(
                  () -> new InvalidTrainingInputException("seriesId", "training.error.series"));
      d = withSeries(d, s.id());
    }
    if (d.kind() == null) {
      throw new InvalidTrainingInputException("kind", "training.error.kind");
    }
    String title = ParticipantRules.clean(d.title());
    if (title == null || title.length() > 300) {
      throw new InvalidTrainingInputException("title", "training.error.title");
    }
    String place = text(d.place(), 200, "place");
    if (d.startsOn() == null) {
      throw new InvalidTrainingInputException("startsOn", "training.error.startsOn");
    }
    LocalDate ends = d.endsOn() == null ? d.startsOn() : d.endsOn();
    if (ends.isBefore(d.startsOn())) {
      throw new InvalidTrainingInputException("endsOn", "training.error.dates");
    }
    if (d.participation() == null) {
      throw new InvalidTrainingInputException("participation", "training.error.participation");
    }
    int female = 0;
    int male = 0;
    int other = 0;
    if (d.participation() == Participation.COUNTS) {
      female = count(d.femaleCount());
      male = count(d.maleCount());
      other = count(d.otherCount());
    }
    if (before != null) {
      if (before.keepsPersons()
          && d.participation() == Participation.COUNTS
          && participants.count(before.id(), null) > 0) {
        throw new InvalidTrainingInputException(
            "participation", "training.error.participantsExist");
      }
      if (before.trainsTrainers()
          && d.kind() != TrainingKind.TRAINING_OF_TRAINERS
          && repository.traineesDelivering(before.id()) > 0) {
        throw new InvalidTrainingInputException("kind", "training.error.traineesDeliver");
      }
    }
    Set<Long> known =
        catalogue.modules().stream().map(TrainingModule::id).collect(Collectors.toSet());
    List<Long> modules = d.moduleIds().stream().filter(known::contains).distinct().toList();
    return new TrainingDraft(
        unit,
        d.programmeId(),
        d.seriesId(),
        d.kind(),
        title,
        place,
        d.startsOn(),
        ends,
        d.participation(),
        female,
        male,
        other,
        text(d.notes(), 5000, "notes"),
        modules);
  }

  private static TrainingDraft withSeries(TrainingDraft d, long seriesId) {
    return new TrainingDraft(
        d.orgUnitId(),
        d.programmeId(),
        seriesId,
        d.kind(),
        d.title(),
        d.place(),
        d.startsOn(),
        d.endsOn(),
        d.participation(),
        d.femaleCount(),
        d.maleCount(),
        d.otherCount(),
        d.notes(),
        d.moduleIds());
  }

  private static int count(Integer n) {
    if (n == null) {
      return 0;
    }
    if (n < 0) {
      throw new InvalidTrainingInputException("counts", "training.error.negativeCount");
    }
    if (n > 1_000_000) {
      throw new InvalidTrainingInputException("counts", "training.error.count");
    }
    return n;
  }

  private static String text(String s, int max, String field) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    if (t.length() > max) {
      throw new InvalidTrainingInputException(field, "training.error.tooLong");
    }
    return t;
  }

  /** A training with what its page shows. */
  public record TrainingView(
      Training training,
      TrainingFigures figures,
      List<TrainingModule> modules,
      List<Trainer> trainers,
      List<CascadeStep> cascade,
      boolean maySeePersons,
      boolean mayEdit) {

    /** Participants of every training down the cascade. */
    public long cascadeParticipants() {
      return cascade.stream().mapToLong(CascadeStep::participants).sum();
    }
  }
}
