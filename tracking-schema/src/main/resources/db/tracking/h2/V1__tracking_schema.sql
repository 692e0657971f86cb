-- Tracking SDK schema, H2 2.x: the PostgreSQL schema's tables and columns, unpartitioned.
-- Times are timestamp(6) with time zone (UTC instants); where the offset a time was reported in matters, it is kept beside it in
-- seconds (*_offset). Ids are UUIDs made by the application. Every table that users update has a version column for
-- optimistic locking.
-- Constraints are named <table>_<what>_uq or _pk: the adapters map a violation to the field it concerns by name.

-- ---------------------------------------------------------------------------------------------------------------
-- Reference data
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE carriers (
    designator        varchar(2)   NOT NULL CHECK (REGEXP_LIKE(designator, '^[A-Z0-9]{2}$') AND NOT REGEXP_LIKE(designator, '^[0-9]{2}$')),
    awb_prefix        char(3)      NOT NULL CHECK (REGEXP_LIKE(awb_prefix, '^[0-9]{3}$')),
    name              varchar(200) NOT NULL,
    endpoint_url      varchar(500),
    endpoint_username varchar(200),
    endpoint_api_key  varchar(500),
    active            boolean      NOT NULL DEFAULT true,
    version           bigint       NOT NULL DEFAULT 1 CHECK (version > 0),
    CONSTRAINT carriers_pk PRIMARY KEY (designator),
    CONSTRAINT carriers_awb_prefix_uq UNIQUE (awb_prefix)
);

CREATE TABLE file_types (
    code           varchar(40)   NOT NULL CHECK (REGEXP_LIKE(code, '^[A-Z][A-Z0-9_]*$')),
    name           varchar(200)  NOT NULL,
    extensions     varchar(500)  NOT NULL,   -- comma-separated, lower case, without the dot
    media_types    varchar(1000) NOT NULL DEFAULT '', -- comma-separated; empty: any
    max_size_bytes bigint        NOT NULL CHECK (max_size_bytes > 0),
    version        bigint        NOT NULL DEFAULT 1 CHECK (version > 0),
    CONSTRAINT file_types_pk PRIMARY KEY (code)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Permissions
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE features (
    code        varchar(64)  NOT NULL CHECK (REGEXP_LIKE(code, '^[a-z][a-z0-9_.-]*$')),
    description varchar(300) NOT NULL,
    CONSTRAINT features_pk PRIMARY KEY (code)
);

CREATE TABLE role_features (
    role         varchar(64) NOT NULL,
    feature_code varchar(64) NOT NULL REFERENCES features (code) ON DELETE CASCADE,
    granted_at   timestamp(6) with time zone NOT NULL,
    granted_by   varchar(128) NOT NULL,
    CONSTRAINT role_features_pk PRIMARY KEY (role, feature_code)
);

CREATE TABLE user_overrides (
    user_id      varchar(128) NOT NULL,
    feature_code varchar(64)  NOT NULL REFERENCES features (code) ON DELETE CASCADE,
    effect       varchar(5)   NOT NULL CHECK (effect IN ('GRANT', 'DENY')),
    expires_at   timestamp(6) with time zone,
    created_at   timestamp(6) with time zone  NOT NULL,
    created_by   varchar(128) NOT NULL,
    CONSTRAINT user_overrides_pk PRIMARY KEY (user_id, feature_code)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Shipments
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE mawbs (
    id                 uuid         NOT NULL,
    awb_number         char(12)     NOT NULL CHECK (REGEXP_LIKE(awb_number, '^[0-9]{3}-[0-9]{8}$')),
    carrier            varchar(2)   NOT NULL REFERENCES carriers (designator),
    origin             char(3)      NOT NULL CHECK (REGEXP_LIKE(origin, '^[A-Z]{3}$')),
    destination        char(3)      NOT NULL CHECK (REGEXP_LIKE(destination, '^[A-Z]{3}$')),
    shipper_name       varchar(200) NOT NULL,
    shipper_address    varchar(500),
    shipper_city       varchar(100),
    shipper_country    char(2),
    shipper_contact    varchar(200),
    consignee_name     varchar(200) NOT NULL,
    consignee_address  varchar(500),
    consignee_city     varchar(100),
    consignee_country  char(2),
    consignee_contact  varchar(200),
    notify_name        varchar(200),
    notify_address     varchar(500),
    notify_city        varchar(100),
    notify_country     char(2),
    notify_contact     varchar(200),
    pieces             integer      NOT NULL CHECK (pieces BETWEEN 1 AND 99999),
    weight_amount      numeric(12, 3) NOT NULL CHECK (weight_amount >= 0),
    weight_unit        varchar(2)   NOT NULL CHECK (weight_unit IN ('KG', 'LB')),
    volume_amount      numeric(12, 3) CHECK (volume_amount >= 0),
    volume_unit        varchar(3)   CHECK (volume_unit IN ('CBM', 'CFT')),
    commodity          varchar(500),
    etd                timestamp(6) with time zone, -- the first flight's ETD, kept for filtering and sorting
    eta                timestamp(6) with time zone, -- the last flight's ETA, kept for filtering and sorting
    last_free_day      date,
    customs_status     varchar(30)  NOT NULL CHECK (customs_status IN
                           ('NOT_REPORTED', 'REPORTED', 'UNDER_CUSTOMS_CONTROL', 'CLEARED')),
    status             varchar(30)  NOT NULL CHECK (status IN ('CREATED', 'BOOKED', 'RECEIVED', 'MANIFESTED',
                           'DEPARTED', 'IN_TRANSIT', 'ARRIVED', 'RECEIVED_AT_DESTINATION', 'NOTIFIED', 'DELIVERED')),
    status_as_of       timestamp(6) with time zone,
    created_at         timestamp(6) with time zone  NOT NULL,
    updated_at         timestamp(6) with time zone  NOT NULL,
    version            bigint       NOT NULL CHECK (version > 0),
    CONSTRAINT mawbs_pk PRIMARY KEY (id),
    CONSTRAINT mawbs_awb_number_uq UNIQUE (awb_number),
    CHECK (origin <> destination),
    CHECK ((volume_amount IS NULL) = (volume_unit IS NULL))
);

-- Serves: the default MAWB list order (newest first) and its keyset pages.
CREATE INDEX mawbs_created_at_idx ON mawbs (created_at, id);
COMMENT ON INDEX mawbs_created_at_idx IS 'MAWB list sorted by created_at (default: newest first), keyset pages';
-- Serves: list sorted by last change.
CREATE INDEX mawbs_updated_at_idx ON mawbs (updated_at, id);
COMMENT ON INDEX mawbs_updated_at_idx IS 'MAWB list sorted by updated_at, keyset pages';
-- Serves: list filtered by status (+ destination), the dashboard count by status.
CREATE INDEX mawbs_status_destination_idx ON mawbs (status, destination);
COMMENT ON INDEX mawbs_status_destination_idx IS 'MAWB list filter status + destination; dashboard counts by status';
-- Serves: list filtered by destination alone.
CREATE INDEX mawbs_destination_eta_idx ON mawbs (destination, eta);
COMMENT ON INDEX mawbs_destination_eta_idx IS 'MAWB list filter destination (+ ETA range)';
-- Serves: ETA range filter and sort; the dashboard''s arrivals today.
CREATE INDEX mawbs_eta_idx ON mawbs (eta, id);
COMMENT ON INDEX mawbs_eta_idx IS 'MAWB list ETA range filter and ETA sort; dashboard arrivals window';
-- Serves: ETD range filter and sort.
CREATE INDEX mawbs_etd_idx ON mawbs (etd, id);
COMMENT ON INDEX mawbs_etd_idx IS 'MAWB list ETD range filter and ETD sort';
-- Serves: last-free-day range filter and sort, and the dashboard''s LFD due/overdue counts.
CREATE INDEX mawbs_last_free_day_idx ON mawbs (last_free_day, id);
COMMENT ON INDEX mawbs_last_free_day_idx IS 'MAWB list LFD range filter and sort; dashboard LFD soon/overdue counts';
-- Serves: list filtered by carrier and by origin.
CREATE INDEX mawbs_carrier_idx ON mawbs (carrier);
COMMENT ON INDEX mawbs_carrier_idx IS 'MAWB list filter carrier';
CREATE INDEX mawbs_origin_idx ON mawbs (origin);
COMMENT ON INDEX mawbs_origin_idx IS 'MAWB list filter origin';

CREATE TABLE mawb_flights (
    mawb_id      uuid       NOT NULL REFERENCES mawbs (id) ON DELETE CASCADE,
    seq          smallint   NOT NULL CHECK (seq >= 0),
    flight       varchar(8) NOT NULL,
    from_airport char(3)    NOT NULL,
    to_airport   char(3)    NOT NULL,
    etd          timestamp(6) with time zone,
    etd_offset   integer,
    eta          timestamp(6) with time zone,
    eta_offset   integer,
    atd          timestamp(6) with time zone,
    atd_offset   integer,
    ata          timestamp(6) with time zone,
    ata_offset   integer,
    PRIMARY KEY (mawb_id, seq)
);

CREATE TABLE mawb_references (
    mawb_id   uuid         NOT NULL REFERENCES mawbs (id) ON DELETE CASCADE,
    seq       smallint     NOT NULL CHECK (seq >= 0),
    ref_type  varchar(30)  NOT NULL,
    ref_value varchar(100) NOT NULL,
    PRIMARY KEY (mawb_id, seq)
);

-- Containers (ISO 6346) and ULDs under a MAWB.
CREATE TABLE mawb_equipment (
    mawb_id      uuid        NOT NULL REFERENCES mawbs (id) ON DELETE CASCADE,
    seq          smallint    NOT NULL CHECK (seq >= 0),
    kind         varchar(9)  NOT NULL CHECK (kind IN ('CONTAINER', 'ULD')),
    equipment_id varchar(11) NOT NULL,
    seal_number  varchar(40),
    PRIMARY KEY (mawb_id, seq),
    CONSTRAINT mawb_equipment_uq UNIQUE (mawb_id, equipment_id)
);
-- Serves: finding the MAWB a container or ULD travels under.
CREATE INDEX mawb_equipment_equipment_id_idx ON mawb_equipment (equipment_id);
COMMENT ON INDEX mawb_equipment_equipment_id_idx IS 'lookup of a container or ULD';

CREATE TABLE hawbs (
    id                uuid         NOT NULL,
    mawb_id           uuid         NOT NULL REFERENCES mawbs (id),
    hawb_number       varchar(12)  NOT NULL CHECK (REGEXP_LIKE(hawb_number, '^[A-Z0-9]{1,12}$')),
    shipper_name      varchar(200) NOT NULL,
    shipper_address   varchar(500),
    shipper_city      varchar(100),
    shipper_country   char(2),
    shipper_contact   varchar(200),
    consignee_name    varchar(200) NOT NULL,
    consignee_address varchar(500),
    consignee_city    varchar(100),
    consignee_country char(2),
    consignee_contact varchar(200),
    notify_name       varchar(200),
    notify_address    varchar(500),
    notify_city       varchar(100),
    notify_country    char(2),
    notify_contact    varchar(200),
    pieces            integer      NOT NULL CHECK (pieces BETWEEN 1 AND 99999),
    weight_amount     numeric(12, 3) NOT NULL CHECK (weight_amount >= 0),
    weight_unit       varchar(2)   NOT NULL CHECK (weight_unit IN ('KG', 'LB')),
    description       varchar(500),
    status            varchar(30)  NOT NULL CHECK (status IN ('CREATED', 'BOOKED', 'RECEIVED', 'MANIFESTED',
                          'DEPARTED', 'IN_TRANSIT', 'ARRIVED', 'RECEIVED_AT_DESTINATION', 'NOTIFIED', 'DELIVERED')),
    status_as_of      timestamp(6) with time zone,
    created_at        timestamp(6) with time zone  NOT NULL,
    updated_at        timestamp(6) with time zone  NOT NULL,
    version           bigint       NOT NULL CHECK (version > 0),
    CONSTRAINT hawbs_pk PRIMARY KEY (id),
    CONSTRAINT hawbs_number_within_mawb_uq UNIQUE (mawb_id, hawb_number)
);
-- (mawb_id, hawb_number) unique index serves: a MAWB's houses, and the text search on HAWB numbers under a MAWB.
-- Serves: the HAWB list (newest first) and its keyset pages.
CREATE INDEX hawbs_created_at_idx ON hawbs (created_at, id);
COMMENT ON INDEX hawbs_created_at_idx IS 'HAWB list sorted by created_at, keyset pages';
CREATE INDEX hawbs_updated_at_idx ON hawbs (updated_at, id);
COMMENT ON INDEX hawbs_updated_at_idx IS 'HAWB list sorted by updated_at, keyset pages';
CREATE INDEX hawbs_number_idx ON hawbs (hawb_number, id);
COMMENT ON INDEX hawbs_number_idx IS 'HAWB list sorted by number; HAWB number search across MAWBs';

-- ---------------------------------------------------------------------------------------------------------------
-- Events (partitioned by month on PostgreSQL; one table each here).
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE mawb_events (
    id                    uuid          NOT NULL,
    mawb_id               uuid          NOT NULL REFERENCES mawbs (id),
    code                  varchar(30)   NOT NULL CHECK (REGEXP_LIKE(code, '^[A-Z][A-Z0-9_]{1,29}$')),
    time_type             varchar(9)    NOT NULL CHECK (time_type IN ('PLANNED', 'ESTIMATED', 'ACTUAL')),
    occurred_at           timestamp(6) with time zone   NOT NULL,
    occurred_offset       integer       NOT NULL, -- seconds east of UTC, as reported
    location              char(3),
    portion_type          varchar(5)    CHECK (portion_type IN ('TOTAL', 'PART')),
    portion_pieces        integer       CHECK (portion_pieces BETWEEN 1 AND 99999),
    portion_weight_amount numeric(12, 3),
    portion_weight_unit   varchar(2)    CHECK (portion_weight_unit IN ('KG', 'LB')),
    flight                varchar(8),
    source                varchar(8)    NOT NULL CHECK (source IN ('MANUAL', 'API', 'CARRIER', 'SYSTEM')),
    remarks               varchar(1000),
    metadata              json         NOT NULL DEFAULT JSON '{}',
    dedupe_key            varchar(128)  NOT NULL,
    recorded_at           timestamp(6) with time zone   NOT NULL,
    recorded_by           varchar(128)  NOT NULL,
    CONSTRAINT mawb_events_pk PRIMARY KEY (id, recorded_at)
);
-- Serves: a MAWB's timeline in the order events happened.
CREATE INDEX mawb_events_timeline_idx ON mawb_events (mawb_id, occurred_at);
COMMENT ON INDEX mawb_events_timeline_idx IS 'MAWB timeline';

CREATE TABLE hawb_events (
    id                    uuid          NOT NULL,
    hawb_id               uuid          NOT NULL REFERENCES hawbs (id),
    code                  varchar(30)   NOT NULL CHECK (REGEXP_LIKE(code, '^[A-Z][A-Z0-9_]{1,29}$')),
    time_type             varchar(9)    NOT NULL CHECK (time_type IN ('PLANNED', 'ESTIMATED', 'ACTUAL')),
    occurred_at           timestamp(6) with time zone   NOT NULL,
    occurred_offset       integer       NOT NULL,
    location              char(3),
    portion_type          varchar(5)    CHECK (portion_type IN ('TOTAL', 'PART')),
    portion_pieces        integer       CHECK (portion_pieces BETWEEN 1 AND 99999),
    portion_weight_amount numeric(12, 3),
    portion_weight_unit   varchar(2)    CHECK (portion_weight_unit IN ('KG', 'LB')),
    flight                varchar(8),
    source                varchar(8)    NOT NULL CHECK (source IN ('MANUAL', 'API', 'CARRIER', 'SYSTEM')),
    remarks               varchar(1000),
    metadata              json         NOT NULL DEFAULT JSON '{}',
    dedupe_key            varchar(128)  NOT NULL,
    recorded_at           timestamp(6) with time zone   NOT NULL,
    recorded_by           varchar(128)  NOT NULL,
    CONSTRAINT hawb_events_pk PRIMARY KEY (id, recorded_at)
);
-- Serves: a HAWB's timeline in the order events happened.
CREATE INDEX hawb_events_timeline_idx ON hawb_events (hawb_id, occurred_at);
COMMENT ON INDEX hawb_events_timeline_idx IS 'HAWB timeline';

-- An event's dedupe key is unique per shipment, kept in its own table as on PostgreSQL (where the event tables are
-- partitioned and cannot hold that constraint): an event is stored only when its key could be inserted here.
CREATE TABLE event_dedupe_keys (
    shipment_kind varchar(4)   NOT NULL CHECK (shipment_kind IN ('MAWB', 'HAWB')),
    shipment_id   uuid         NOT NULL,
    dedupe_key    varchar(128) NOT NULL,
    event_id      uuid         NOT NULL,
    -- when the key was claimed: tracking_drop_partitions forgets the keys of the months it drops
    claimed_at    timestamp(6) with time zone  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT event_dedupe_keys_pk PRIMARY KEY (shipment_kind, shipment_id, dedupe_key)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Workflow
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE workflow_steps (
    workflow_code       varchar(40)  NOT NULL,
    workflow_version    integer      NOT NULL CHECK (workflow_version > 0),
    step_code           varchar(40)  NOT NULL CHECK (REGEXP_LIKE(step_code, '^[A-Z][A-Z0-9_]*$')),
    name                varchar(200) NOT NULL,
    position            integer      NOT NULL CHECK (position >= 0),
    required_file_types varchar(500) NOT NULL DEFAULT '',  -- comma-separated file type codes
    required_conditions varchar(500) NOT NULL DEFAULT '',  -- comma-separated condition names
    entry_actions       varchar(500) NOT NULL DEFAULT '',  -- comma-separated action names
    advance_feature     varchar(64)  NOT NULL REFERENCES features (code),
    advance_on_events   varchar(200) NOT NULL DEFAULT '',  -- comma-separated FSU codes that advance into this step
    PRIMARY KEY (workflow_code, workflow_version, step_code),
    UNIQUE (workflow_code, workflow_version, position)
);

CREATE TABLE mawb_workflows (
    mawb_id          uuid        PRIMARY KEY REFERENCES mawbs (id) ON DELETE CASCADE,
    workflow_code    varchar(40) NOT NULL,
    workflow_version integer     NOT NULL,
    current_step     varchar(40) NOT NULL,
    started_at       timestamp(6) with time zone NOT NULL,
    updated_at       timestamp(6) with time zone NOT NULL,
    version          bigint      NOT NULL CHECK (version > 0),
    FOREIGN KEY (workflow_code, workflow_version, current_step)
        REFERENCES workflow_steps (workflow_code, workflow_version, step_code)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Jobs
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE scheduled_jobs (
    id               uuid          PRIMARY KEY,
    job_type         varchar(64)   NOT NULL,
    payload          json         NOT NULL DEFAULT JSON '{}',
    run_at           timestamp(6) with time zone   NOT NULL,
    status           varchar(17)   NOT NULL CHECK (status IN
                         ('PENDING', 'RUNNING', 'COMPLETED', 'FAILED_WILL_RETRY', 'DEAD', 'CANCELLED')),
    attempts         integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts     integer       NOT NULL CHECK (max_attempts > 0),
    last_error       varchar(4000),
    lease_owner      varchar(128),
    lease_expires_at timestamp(6) with time zone,
    idempotency_key  varchar(200),
    -- The idempotency key of a live job (not completed, dead or cancelled); unique, so a key can be reused once its
    -- job is done. (H2 has no partial indexes; PostgreSQL uses the same column.)
    live_idempotency_key varchar(200) GENERATED ALWAYS AS (
        CASE WHEN status IN ('PENDING', 'RUNNING', 'FAILED_WILL_RETRY') THEN idempotency_key END),
    created_at       timestamp(6) with time zone   NOT NULL,
    updated_at       timestamp(6) with time zone   NOT NULL,
    CONSTRAINT scheduled_jobs_live_idempotency_key_uq UNIQUE (live_idempotency_key)
);
-- Serves: claiming due jobs (status pending/retry, run_at <= now, FOR UPDATE SKIP LOCKED).
CREATE INDEX scheduled_jobs_due_idx ON scheduled_jobs (status, run_at);
COMMENT ON INDEX scheduled_jobs_due_idx IS 'claiming due jobs';
-- Serves: recovering jobs whose lease expired.
CREATE INDEX scheduled_jobs_lease_idx ON scheduled_jobs (status, lease_expires_at);
COMMENT ON INDEX scheduled_jobs_lease_idx IS 'recovering expired leases';
-- Serves: the job list filtered by status and type, and counts by status.
CREATE INDEX scheduled_jobs_status_type_idx ON scheduled_jobs (status, job_type, run_at);
COMMENT ON INDEX scheduled_jobs_status_type_idx IS 'job list filters status + type; counts by status';

-- ---------------------------------------------------------------------------------------------------------------
-- Audit log: append-only, hash-chained in seq order (partitioned by month on PostgreSQL).
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE audit_log (
    seq            bigint       NOT NULL,
    at             timestamp(6) with time zone  NOT NULL,
    entity         varchar(40)  NOT NULL,
    record_id      varchar(300) NOT NULL,
    action         varchar(6)   NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    actor          varchar(128) NOT NULL,
    changes        json        NOT NULL DEFAULT JSON '{}',
    correlation_id varchar(200),
    context        json        NOT NULL DEFAULT JSON '{}',
    previous_hash  char(64)     NOT NULL,
    hash           char(64)     NOT NULL,
    PRIMARY KEY (seq, at)
);
-- Serves: a record's history.
CREATE INDEX audit_log_record_idx ON audit_log (entity, record_id, seq);
COMMENT ON INDEX audit_log_record_idx IS 'a record''s history';
-- Serves: a user's activity.
CREATE INDEX audit_log_actor_idx ON audit_log (actor, seq);
COMMENT ON INDEX audit_log_actor_idx IS 'a user''s activity';
-- Serves: recent activity in a time window, time-range filters and verification of a range.
CREATE INDEX audit_log_at_idx ON audit_log (at, seq);
COMMENT ON INDEX audit_log_at_idx IS 'activity in a time window; verify over a time range';
CREATE SEQUENCE audit_log_seq;

-- ---------------------------------------------------------------------------------------------------------------
-- Documents and money
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE attachments (
    id          uuid         NOT NULL,
    mawb_id     uuid         REFERENCES mawbs (id),
    hawb_id     uuid         REFERENCES hawbs (id),
    file_type   varchar(40)  NOT NULL REFERENCES file_types (code),
    file_name   varchar(255) NOT NULL,
    media_type  varchar(100),
    size_bytes  bigint       NOT NULL CHECK (size_bytes > 0),
    sha256      char(64)     NOT NULL CHECK (REGEXP_LIKE(sha256, '^[0-9a-f]{64}$')),
    storage_key varchar(500) NOT NULL,
    uploaded_by varchar(128) NOT NULL,
    uploaded_at timestamp(6) with time zone  NOT NULL,
    CONSTRAINT attachments_pk PRIMARY KEY (id),
    CONSTRAINT attachments_storage_key_uq UNIQUE (storage_key),
    CHECK ((mawb_id IS NULL) <> (hawb_id IS NULL))
);
-- Serves: a MAWB's attachments; a HAWB's attachments; the workflow's required-documents guard.
CREATE INDEX attachments_mawb_idx ON attachments (mawb_id, uploaded_at);
COMMENT ON INDEX attachments_mawb_idx IS 'a MAWB''s attachments; required-documents guard';
CREATE INDEX attachments_hawb_idx ON attachments (hawb_id, uploaded_at);
COMMENT ON INDEX attachments_hawb_idx IS 'a HAWB''s attachments';

CREATE TABLE bills (
    id                uuid           NOT NULL,
    mawb_id           uuid           NOT NULL REFERENCES mawbs (id),
    bill_type         varchar(8)     NOT NULL CHECK (bill_type IN ('ISC', 'STORAGE', 'TRUCKING', 'DUTY', 'OTHER')),
    amount            numeric(18, 3) NOT NULL CHECK (amount > 0),
    currency          char(3)        NOT NULL CHECK (REGEXP_LIKE(currency, '^[A-Z]{3}$')),
    due_date          date,
    status            varchar(4)     NOT NULL CHECK (status IN ('OPEN', 'PAID', 'VOID')),
    payment_reference varchar(100),
    paid_at           timestamp(6) with time zone,
    created_at        timestamp(6) with time zone    NOT NULL,
    version           bigint         NOT NULL CHECK (version > 0),
    CONSTRAINT bills_pk PRIMARY KEY (id),
    CHECK ((status = 'PAID') = (payment_reference IS NOT NULL AND paid_at IS NOT NULL))
);
-- Serves: a MAWB's bills.
CREATE INDEX bills_mawb_idx ON bills (mawb_id, created_at);
COMMENT ON INDEX bills_mawb_idx IS 'a MAWB''s bills';
-- Serves: the dashboard's open ISC bills; reminders for unpaid ISC.
CREATE INDEX bills_open_idx ON bills (bill_type, status, currency);
COMMENT ON INDEX bills_open_idx IS 'dashboard open bills by type; ISC reminders';
