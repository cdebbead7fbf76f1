package org.safar.dialogue;

import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Knowledge products: the module's public face for them. */
@Service
public class KnowledgeProducts {

  private final ProductRepository repository;
  private final DialogueAccess access;
  private final AuditLog audit;
  private final Clock clock;
  private final JdbcClient cursor;

  KnowledgeProducts(
      ProductRepository repository,
      DialogueAccess access,
      AuditLog audit,
      Clock clock,
      JdbcTemplate jdbc) {
    this.repository = repository;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
    streaming.setFetchSize(2000);
    this.cursor = JdbcClient.create(streaming);
  }

  @Transactional
  public long record(ProductDraft draft) {
    return record(draft, access.scope());
  }

  @Transactional
  public long record(ProductDraft draft, OrgUnitScope scope) {
    ProductDraft d = validate(draft, scope);
    long id = repository.insert(d, AuditLog.currentActor());
    audit.record("CREATED", "knowledge_product", id, d.kind() + " " + d.title());
    return id;
  }

  @Transactional
  public void change(long id, int version, ProductDraft draft) {
    get(id);
    ProductDraft d = validate(draft, access.scope());
    repository.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "knowledge_product", id, d.kind() + " " + d.title());
  }

  @Transactional
  public void delete(long id, int version) {
    KnowledgeProduct p = get(id);
    if (!repository.delete(id, version)) {
      throw new OptimisticLockingFailureException("Product " + id + " changed meanwhile");
    }
    audit.record("DELETED", "knowledge_product", id, p.title());
  }

  @Transactional(readOnly = true)
  public KnowledgeProduct get(long id) {
    KnowledgeProduct p =
        repository
            .findById(id)
            .orElseThrow(() -> new DialogueRecordNotFoundException("knowledge product", id));
    access.require(p.orgUnitId(), "knowledge_product", id);
    return p;
  }

  @Transactional(readOnly = true)
  public ResultPage<KnowledgeProduct> search(DialogueFilter f, int page, int size) {
    Where w = where(f, access.projects(f.projectId()));
    return new ResultPage<>(
        repository.search(w, size, (long) page * size), page, size, repository.count(w));
  }

  @Transactional(readOnly = true)
  public long countUnder(Set<Long> projectIds) {
    return repository.count(where(DialogueFilter.NONE, access.projects(projectIds)));
  }

  @Transactional(readOnly = true)
  public long export(DialogueFilter f, Writer out) {
    Where w = where(f, access.projects(f.projectId()));
    var sql =
        w.bind(
            cursor.sql(
                "select t.id, t.published_on, t.kind, t.title, t.link, t.note, p.code, u.code"
                    + " from knowledge_product t join programme p on p.id = t.project_id"
                    + " join org_unit u on u.id = t.org_unit_id"
                    + w.sql()
                    + " order by t.published_on desc, t.id desc"));
    return access.csv(
        "knowledge_product",
        f.describe(),
        List.of("id", "published_on", "kind", "title", "link", "note", "project", "org_unit"),
        sql,
        out);
  }

  private Where where(DialogueFilter f, Long[] projects) {
    return new Where(
        access.scope().asArray(), f, projects, "published_on", "title", "note", "link");
  }

  private ProductDraft validate(ProductDraft d, OrgUnitScope scope) {
    access.requireUnitAndProject(d.orgUnitId(), d.projectId(), scope);
    if (d.kind() == null) {
      throw new InvalidDialogueInputException("kind", "dialogue.error.productKind");
    }
    String title = DialogueAccess.text(d.title(), 300, "title");
    if (title == null) {
      throw new InvalidDialogueInputException("title", "dialogue.error.title");
    }
    if (d.publishedOn() == null || d.publishedOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidDialogueInputException("publishedOn", "dialogue.error.publishedOn");
    }
    String link = DialogueAccess.text(d.link(), 1000, "link");
    if (link != null && !link.matches("https?://\\S+")) {
      throw new InvalidDialogueInputException("link", "dialogue.error.link");
    }
    return new ProductDraft(
        d.projectId(),
        d.orgUnitId(),
        d.kind(),
        title,
        d.publishedOn(),
        link,
        DialogueAccess.text(d.note(), 2000, "note"));
  }
}
