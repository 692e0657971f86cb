package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.port.out.AuditLog;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.CacheMode;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.query.SelectionQuery;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link AuditLog} over {@code audit_log} ({@link AuditEntryEntity}) and the one row of {@code audit_chain_head}
 * ({@link AuditChainHeadEntity}).
 *
 * <ul>
 *   <li>{@link #lockHead()} finds the head row with {@link LockModeType#PESSIMISTIC_WRITE} ({@code SELECT ... FOR
 *       UPDATE}), so the lock lasts until the unit of work ends and other writers wait for it. A missing row is
 *       recreated ({@link ChainHeadRow}) from the last entry, without overwriting one a racing writer made, and then
 *       locked.</li>
 *   <li>{@link #append} first moves the head, with a bulk update guarded by where the entries were linked ({@code
 *       WHERE last_seq = <first seq - 1> AND last_hash = <first previous hash>}), so a stale or forked append moves
 *       nothing and fails before it writes a row; then it persists the entries and flushes them in JDBC batches.</li>
 *   <li>{@link #stream} scrolls a forward-only cursor ({@value #STREAM_FETCH_SIZE} rows a fetch), detaching each row
 *       once it is mapped, so the persistence context never holds more than the row at hand.</li>
 * </ul>
 *
 * Every row read is detached at once: entries are immutable, and a managed copy of the head could go stale.
 */
final class JpaAuditLog implements AuditLog {

    static final String ENTITY = "audit entry";

    /** How many rows {@link #stream} fetches from the database at a time. */
    static final int STREAM_FETCH_SIZE = 1_000;

    /** How often {@link #lockHead()} looks for the head row, recreating it in between when it is missing. */
    private static final int HEAD_ATTEMPTS = 3;

    private static final String MOVE_HEAD = "update AuditChainHeadEntity h"
            + " set h.lastSeq = :lastSeq, h.lastHash = :lastHash"
            + " where h.id = :id and h.lastSeq = :linkedSeq and h.lastHash = :linkedHash";

    private final EntityManagerBinding units;
    private final ChainHeadRow headRow;
    private final PostgresArrayInsert<AuditEntry> arrayInsert;

    /** @param arrayInsert how to insert entries as arrays (PostgreSQL), or null: then as entities in JDBC batches */
    JpaAuditLog(EntityManagerBinding units, ChainHeadRow headRow, PostgresArrayInsert<AuditEntry> arrayInsert) {
        this.units = Objects.requireNonNull(units, "units");
        this.headRow = Objects.requireNonNull(headRow, "headRow");
        this.arrayInsert = arrayInsert;
    }

    /** PostgreSQL: entries in one statement over arrays, their changes and context written by {@code json}. */
    static PostgresArrayInsert<AuditEntry> arrayInsert(String table, JsonMapper json) {
        return PostgresArrayInsert.<AuditEntry>into(table)
                .column("seq", "bigint", AuditEntry::seq)
                .column("at", "timestamptz", AuditEntry::at)
                .column("entity", "varchar", AuditEntry::entity)
                .column("record_id", "varchar", AuditEntry::recordId)
                .column("action", "varchar", e -> e.action().name())
                .column("actor", "varchar", AuditEntry::actor)
                .column("changes", "jsonb", e -> json.writeValueAsString(AuditEntryMapper.toEntity(e).changes))
                .column("correlation_id", "varchar", AuditEntry::correlationId)
                .column("context", "jsonb", e -> json.writeValueAsString(new LinkedHashMap<>(e.context())))
                .column("previous_hash", "text", AuditEntry::previousHash)
                .column("hash", "text", AuditEntry::hash);
    }

    @Override
    public ChainHead lockHead() {
        if (!units.isUnitOfWorkOpen()) {
            throw new IllegalStateException("lockHead() must be called inside a unit of work: the lock it takes on"
                    + " the audit chain's head lasts until that unit ends");
        }
        return units.inUnitOfWork(em -> {
            for (int attempt = 1; attempt <= HEAD_ATTEMPTS; attempt++) {
                AuditChainHeadEntity row = em.find(AuditChainHeadEntity.class, AuditChainHeadEntity.ID,
                        LockModeType.PESSIMISTIC_WRITE);
                if (row != null) {
                    em.detach(row); // the row lock stays with the transaction
                    return new ChainHead(row.lastSeq, row.lastHash);
                }
                headRow.createFromLastEntry(em);
            }
            throw new IllegalStateException("the audit chain's head row is missing and could not be created");
        });
    }

    @Override
    public Optional<ChainHead> head() {
        return units.inUnitOfWork(em -> Optional.ofNullable(em.find(AuditChainHeadEntity.class,
                AuditChainHeadEntity.ID)).map(row -> {
                    em.detach(row);
                    return new ChainHead(row.lastSeq, row.lastHash);
                }));
    }

    @Override
    public void append(List<AuditEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        entries.forEach(entry -> Objects.requireNonNull(entry, "entries must not hold null"));
        if (entries.isEmpty()) {
            return;
        }
        requireLinked(entries);
        AuditEntry first = entries.get(0);
        AuditEntry last = entries.get(entries.size() - 1);
        units.inUnitOfWork(em -> PersistenceErrors.translating(em, WriteTarget.batchOf(ENTITY), () -> {
            moveHead(em, first, last);
            if (arrayInsert != null) {
                arrayInsert.insert(em, entries);
                return null;
            }
            List<AuditEntryEntity> rows = entries.stream().map(AuditEntryMapper::toEntity).toList();
            rows.forEach(em::persist);
            em.flush();
            rows.forEach(em::detach);
            return null;
        }));
    }

    /** Moves the head from just before {@code first} to {@code last}, or fails when it is not there. */
    private static void moveHead(EntityManager em, AuditEntry first, AuditEntry last) {
        int moved = em.createQuery(MOVE_HEAD)
                .setParameter("lastSeq", last.seq())
                .setParameter("lastHash", last.hash())
                .setParameter("id", AuditChainHeadEntity.ID)
                .setParameter("linkedSeq", first.seq() - 1)
                .setParameter("linkedHash", first.previousHash())
                .executeUpdate();
        if (moved == 0) {
            throw new IllegalStateException("audit entries from " + first.seq() + " on do not follow the chain's"
                    + " head: lock it with lockHead() in this unit of work and link the entries after it");
        }
    }

    @Override
    public List<AuditEntry> find(AuditCriteria criteria, SortDirection direction, Long afterSeq, int limit) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(direction, "direction");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        boolean ascending = direction == SortDirection.ASC;
        JpqlConditions where = conditionsOf(criteria);
        if (afterSeq != null) {
            where.and("a.seq " + (ascending ? ">" : "<") + " " + where.param(afterSeq));
        }
        String jpql = "select a from AuditEntryEntity a" + where.whereClause()
                + " order by a.seq " + (ascending ? "asc" : "desc");
        return units.inUnitOfWork(em -> {
            List<AuditEntryEntity> rows = where.bind(em.createQuery(jpql, AuditEntryEntity.class))
                    .setMaxResults(limit)
                    .getResultList();
            List<AuditEntry> page = new ArrayList<>(rows.size());
            for (AuditEntryEntity row : rows) {
                em.detach(row);
                page.add(AuditEntryMapper.toDomain(row));
            }
            return page;
        });
    }

    /**
     * A forward-only cursor over the matching rows in {@code seq} order: the drivers fetch {@value #STREAM_FETCH_SIZE}
     * rows at a time (PostgreSQL's only inside a transaction, which a unit of work is), and each row leaves the
     * persistence context as soon as it is mapped, before the sink sees it. The cursor is closed when the sink throws.
     */
    @Override
    public void stream(AuditCriteria criteria, Consumer<AuditEntry> sink) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sink, "sink");
        JpqlConditions where = conditionsOf(criteria);
        String jpql = "select a from AuditEntryEntity a" + where.whereClause() + " order by a.seq asc";
        units.inUnitOfWork(em -> {
            @SuppressWarnings("unchecked")
            SelectionQuery<AuditEntryEntity> query = where.bind(em.createQuery(jpql, AuditEntryEntity.class))
                    .unwrap(SelectionQuery.class);
            query.setFetchSize(STREAM_FETCH_SIZE).setReadOnly(true).setCacheMode(CacheMode.IGNORE);
            try (ScrollableResults<AuditEntryEntity> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
                while (rows.next()) {
                    AuditEntryEntity row = rows.get();
                    em.detach(row);
                    sink.accept(AuditEntryMapper.toDomain(row));
                }
            }
            return null;
        });
    }

    @Override
    public Optional<AuditEntry> findBySeq(long seq) {
        return units.inUnitOfWork(em -> em
                .createQuery("select a from AuditEntryEntity a where a.seq = :seq", AuditEntryEntity.class)
                .setParameter("seq", seq)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(row -> {
                    em.detach(row);
                    return AuditEntryMapper.toDomain(row);
                }));
    }

    private static JpqlConditions conditionsOf(AuditCriteria criteria) {
        JpqlConditions where = new JpqlConditions();
        if (criteria.entity() != null) {
            where.and("a.entity = " + where.param(criteria.entity()));
        }
        if (criteria.recordId() != null) {
            where.and("a.recordId = " + where.param(criteria.recordId()));
        }
        if (criteria.action() != null) {
            where.and("a.action = " + where.param(criteria.action().name()));
        }
        if (criteria.actor() != null) {
            where.and("a.actor = " + where.param(criteria.actor()));
        }
        if (criteria.from() != null) {
            where.and("a.at >= " + where.param(criteria.from()));
        }
        if (criteria.to() != null) {
            where.and("a.at < " + where.param(criteria.to()));
        }
        return where;
    }

    /** The entries must form one chain, each after the one before it. */
    private static void requireLinked(List<AuditEntry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            AuditEntry previous = entries.get(i - 1);
            AuditEntry entry = entries.get(i);
            if (entry.seq() != previous.seq() + 1 || !entry.previousHash().equals(previous.hash())) {
                throw new IllegalArgumentException("audit entry " + entry.seq() + " is not linked after entry "
                        + previous.seq());
            }
        }
    }
}
