-- The job engine's bookkeeping: every attempt of a job (who ran it, when, how it ended), the job types that are paused,
-- and the indexes of the job list and the clean-up.

CREATE TABLE scheduled_job_attempts (
    seq         bigint        GENERATED ALWAYS AS IDENTITY,
    job_id      uuid          NOT NULL REFERENCES scheduled_jobs (id) ON DELETE CASCADE,
    attempt     integer       NOT NULL CHECK (attempt > 0),
    owner       varchar(128)  NOT NULL,
    started_at  timestamp(6) with time zone NOT NULL,
    finished_at timestamp(6) with time zone,
    outcome     varchar(13)   NOT NULL
        CHECK (outcome IN ('RUNNING', 'COMPLETED', 'FAILED', 'RELEASED', 'LEASE_EXPIRED')),
    error       varchar(4000),
    CONSTRAINT scheduled_job_attempts_pk PRIMARY KEY (seq)
);
-- Serves: a job's attempts, first to last; closing the running attempt.
CREATE INDEX scheduled_job_attempts_job_idx ON scheduled_job_attempts (job_id, attempt, seq);

CREATE TABLE job_type_pauses (
    job_type  varchar(64) NOT NULL,
    paused_at timestamp(6) with time zone NOT NULL,
    CONSTRAINT job_type_pauses_pk PRIMARY KEY (job_type)
);

-- Serves: the job list, latest run time first, and its keyset pages.
CREATE INDEX scheduled_jobs_run_at_idx ON scheduled_jobs (run_at DESC, id DESC);
-- Serves: purging finished jobs after their retention.
CREATE INDEX scheduled_jobs_finished_idx ON scheduled_jobs (status, updated_at);
