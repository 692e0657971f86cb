package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.port.out.AuditLog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The audit chain in {@code audit_log}, its head in the one row of {@code audit_chain_head}. Writers serialize on that
 * row: {@link #lockHead()} selects it {@code FOR UPDATE}, so the lock lasts until the unit of work ends, and rebuilds
 * it when it is missing without ever overwriting a row another writer made; {@link #append} moves the head only from
 * where its entries were linked, then inserts them in one JDBC batch. {@link #stream} reads through a database cursor,
 * {@value #STREAM_FETCH_SIZE} rows at a time.
 */
final class JdbiAuditLog implements AuditLog {

    /** How many rows {@link #stream} fetches from the database at a time. */
    static final int STREAM_FETCH_SIZE = 1_000;

    /** How often {@link #lockHead()} looks for the head row, creating it in between when it is missing. */
    private static final int HEAD_ATTEMPTS = 3;

    private static final String HEAD_TABLE = "audit_chain_head";

    private static final String LOCK_HEAD = """
            SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE
            """;

    private static final String HEAD = """
            SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1
            """;

    private static final String LAST_ENTRY = """
            SELECT seq AS last_seq, hash AS last_hash FROM audit_log ORDER BY seq DESC FETCH FIRST 1 ROW ONLY
            """;

    /** Moves the head, but only from where the entries were linked: a stale or forked append moves nothing. */
    private static final String MOVE_HEAD = """
            UPDATE audit_chain_head SET last_seq = :last_seq, last_hash = :last_hash
            WHERE id = 1 AND last_seq = :linked_seq AND last_hash = :linked_hash
            """;

    /** Formatted with the dialect's JSON parameters for changes and context. */
    private static final String INSERT = """
            INSERT INTO audit_log (seq, at, entity, record_id, action, actor, changes, correlation_id, context,
                                   previous_hash, hash)
            VALUES (:seq, :at, :entity, :record_id, :action, :actor, %s, :correlation_id, %s, :previous_hash, :hash)
            """;

    private static final String SELECT = """
            SELECT seq, at, entity, record_id, action, actor, changes, correlation_id, context, previous_hash, hash
            FROM audit_log
            """;

    /** Formatted with the WHERE clause and the direction. */
    private static final String PAGE = SELECT + """
            %s
            ORDER BY seq %s
            FETCH FIRST :limit ROWS ONLY
            """;

    /** Formatted with the WHERE clause. */
    private static final String STREAM = SELECT + """
            %s
            ORDER BY seq
            """;

    private static final String BY_SEQ = SELECT + "WHERE seq = :seq";

    private static final RowMapper<ChainHead> HEAD_MAPPER = (rs, ctx) ->
            new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash"));

    private final HandleProvider handles;
    private final AuditJson json;
    private final AuditEntryRowMapper mapper;
    private final String insert;
    private final String insertHead;
    private final PostgresArrayInsert<AuditEntry> arrayInsert;

    JdbiAuditLog(HandleProvider handles, Dialect dialect, AuditJson json) {
        this.handles = handles;
        this.json = json;
        this.mapper = new AuditEntryRowMapper(json);
        this.insert = INSERT.formatted(dialect.jsonParameter("changes"), dialect.jsonParameter("context"));
        this.arrayInsert = dialect.insertsRowsAsArrays() ? arrayInsert(json) : null;
        this.insertHead = dialect.insertUnlessPresent(HEAD_TABLE, List.of("id"),
                List.of("id", "last_seq", "last_hash"));
    }

    @Override
    public ChainHead lockHead() {
        if (!handles.isUnitOfWorkOpen()) {
            throw new IllegalStateException("lockHead() must be called inside a unit of work: the lock it takes"
                    + " lasts until that unit ends");
        }
        return handles.withHandle(handle -> {
            for (int attempt = 1; attempt <= HEAD_ATTEMPTS; attempt++) {
                Optional<ChainHead> head = handle.createQuery(LOCK_HEAD).map(HEAD_MAPPER).findOne();
                if (head.isPresent()) {
                    return head.get();
                }
                createHead(handle);
            }
            throw new IllegalStateException("the audit chain head row is missing and could not be created");
        });
    }

    /**
     * Creates the missing head row from the last entry (or as the empty head), unless another writer created it
     * meanwhile: then that row stands, and the caller locks it.
     */
    private void createHead(Handle handle) {
        ChainHead rebuilt = handle.createQuery(LAST_ENTRY).map(HEAD_MAPPER).findOne().orElse(ChainHead.EMPTY);
        try {
            handle.createUpdate(insertHead)
                    .bind("id", 1)
                    .bind("last_seq", rebuilt.seq())
                    .bind("last_hash", rebuilt.hash())
                    .execute();
        } catch (JdbiException failure) {
            if (!SqlErrors.isUniqueViolation(failure)) {
                throw failure;
            }
            // H2: a racing writer inserted the row first; it stands
        }
    }

    @Override
    public Optional<ChainHead> head() {
        return handles.withHandle(handle -> handle.createQuery(HEAD).map(HEAD_MAPPER).findOne());
    }

    @Override
    public void append(List<AuditEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        entries.forEach(e -> Objects.requireNonNull(e, "entries must not hold null"));
        if (entries.isEmpty()) {
            return;
        }
        requireStorable(entries);
        AuditEntry first = entries.get(0);
        AuditEntry last = entries.get(entries.size() - 1);
        handles.withHandle(handle -> {
            int moved = handle.createUpdate(MOVE_HEAD)
                    .bind("last_seq", last.seq())
                    .bind("last_hash", last.hash())
                    .bind("linked_seq", first.seq() - 1)
                    .bind("linked_hash", first.previousHash())
                    .execute();
            if (moved == 0) {
                throw new IllegalStateException("audit entries from " + first.seq() + " on do not follow the chain"
                        + " head: lock it with lockHead() in this unit of work and link the entries after it");
            }
            if (arrayInsert != null) {
                arrayInsert.insert(handle, entries);
            } else {
                PreparedBatch batch = handle.prepareBatch(insert);
                entries.forEach(entry -> bind(batch, entry).add());
                batch.execute();
            }
            return null;
        });
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
        Conditions where = conditionsOf(criteria);
        if (afterSeq != null) {
            where.add(ascending ? "seq > :after_seq" : "seq < :after_seq").bind("after_seq", afterSeq);
        }
        String page = PAGE.formatted(where.where(), ascending ? "ASC" : "DESC");
        return handles.withHandle(handle -> where.bindTo(handle.createQuery(page)).bind("limit", limit).map(mapper)
                .list());
    }

    /**
     * A forward-only cursor: inside the unit of work (auto-commit off) PostgreSQL's driver fetches
     * {@value #STREAM_FETCH_SIZE} rows at a time instead of the whole result; H2 keeps large results off the heap
     * itself. Rows are mapped and handed over one at a time, and the cursor is closed when the sink throws.
     */
    @Override
    public void stream(AuditCriteria criteria, Consumer<AuditEntry> sink) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sink, "sink");
        Conditions where = conditionsOf(criteria);
        String query = STREAM.formatted(where.where());
        handles.withHandle(handle -> {
            where.bindTo(handle.createQuery(query)).setFetchSize(STREAM_FETCH_SIZE).map(mapper).forEach(sink);
            return null;
        });
    }

    @Override
    public Optional<AuditEntry> findBySeq(long seq) {
        return handles.withHandle(handle -> handle.createQuery(BY_SEQ).bind("seq", seq).map(mapper).findOne());
    }

    private static Conditions conditionsOf(AuditCriteria criteria) {
        Conditions where = new Conditions();
        if (criteria.entity() != null) {
            where.add("entity = :entity").bind("entity", criteria.entity());
        }
        if (criteria.recordId() != null) {
            where.add("record_id = :record_id").bind("record_id", criteria.recordId());
        }
        if (criteria.action() != null) {
            where.add("action = :action").bind("action", criteria.action().name());
        }
        if (criteria.actor() != null) {
            where.add("actor = :actor").bind("actor", criteria.actor());
        }
        if (criteria.from() != null) {
            where.add("at >= :from").bind("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.add("at < :to").bind("to", criteria.to());
        }
        return where;
    }

    /**
     * The entries must form one chain, each after the one before it, at times the columns keep exactly: a time with
     * a fraction of a microsecond would be rounded when stored, and the entry's hash would no longer match it.
     */
    private static void requireStorable(List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            if (entry.at().getNano() % 1_000 != 0) {
                throw new IllegalArgumentException("audit entry " + entry.seq() + " is at " + entry.at()
                        + ": the audit log keeps whole microseconds, and its hash would not match what is stored");
            }
        }
        for (int i = 1; i < entries.size(); i++) {
            AuditEntry previous = entries.get(i - 1);
            AuditEntry entry = entries.get(i);
            if (entry.seq() != previous.seq() + 1 || !entry.previousHash().equals(previous.hash())) {
                throw new IllegalArgumentException("audit entry " + entry.seq() + " is not linked after entry "
                        + previous.seq());
            }
        }
    }

    private static PostgresArrayInsert<AuditEntry> arrayInsert(AuditJson json) {
        return PostgresArrayInsert.<AuditEntry>into("audit_log")
                .column("seq", "bigint", AuditEntry::seq)
                .column("at", "timestamptz", AuditEntry::at)
                .column("entity", "varchar", AuditEntry::entity)
                .column("record_id", "varchar", AuditEntry::recordId)
                .column("action", "varchar", e -> e.action().name())
                .column("actor", "varchar", AuditEntry::actor)
                .column("changes", "jsonb", e -> json.writeChanges(e.changes()))
                .column("correlation_id", "varchar", AuditEntry::correlationId)
                .column("context", "jsonb", e -> json.writeContext(e.context()))
                .column("previous_hash", "text", AuditEntry::previousHash)
                .column("hash", "text", AuditEntry::hash);
    }

    private PreparedBatch bind(PreparedBatch batch, AuditEntry entry) {
        return batch
                .bind("seq", entry.seq())
                .bind("at", entry.at())
                .bind("entity", entry.entity())
                .bind("record_id", entry.recordId())
                .bind("action", entry.action().name())
                .bind("actor", entry.actor())
                .bind("changes", json.writeChanges(entry.changes()))
                .bind("correlation_id", entry.correlationId())
                .bind("context", json.writeContext(entry.context()))
                .bind("previous_hash", entry.previousHash())
                .bind("hash", entry.hash());
    }
}
