-- Apply: plans (change sets shown before anything changes), jobs that run them, each job's
-- stacks and the CloudFormation events they produced. No credential is ever stored here.

CREATE TABLE deploy_plan (
    id             uuid        PRIMARY KEY,
    design_id      uuid        NOT NULL REFERENCES design (id) ON DELETE CASCADE,
    design_version integer     NOT NULL,
    created_at     timestamptz NOT NULL,
    created_by     bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    status         text        NOT NULL CHECK (status IN ('ready', 'applied', 'superseded', 'failed')),
    message        text,
    -- the stacks as shown, with the exact template bodies and parameters apply will use
    stacks         jsonb       NOT NULL
);
CREATE INDEX deploy_plan_by_design ON deploy_plan (design_id, created_at DESC);

CREATE TABLE deploy_job (
    id           uuid        PRIMARY KEY,
    design_id    uuid        NOT NULL REFERENCES design (id) ON DELETE CASCADE,
    plan_id      uuid        REFERENCES deploy_plan (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('apply', 'destroy')),
    status       text        NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    created_at   timestamptz NOT NULL,
    started_at   timestamptz,
    finished_at  timestamptz,
    created_by   bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    message      text,
    -- the server instance working on the job and when it last proved it is alive; a job whose
    -- heartbeat is older than regionlab.apply.stale-claim is taken over by another instance
    owner        text,
    heartbeat_at timestamptz,
    retained     jsonb       NOT NULL DEFAULT '[]'
);
CREATE INDEX deploy_job_by_design ON deploy_job (design_id, created_at DESC);
CREATE INDEX deploy_job_runnable ON deploy_job (heartbeat_at NULLS FIRST) WHERE status IN ('queued', 'running');
-- At most one job per design touches AWS at a time.
CREATE UNIQUE INDEX deploy_job_one_active ON deploy_job (design_id) WHERE status IN ('queued', 'running');

CREATE TABLE deploy_job_stack (
    job_id        uuid        NOT NULL REFERENCES deploy_job (id) ON DELETE CASCADE,
    position      integer     NOT NULL,
    name          text        NOT NULL,
    region        text        NOT NULL,
    phase         text        NOT NULL,
    cfn_status    text,
    change_set_id text,
    outputs       jsonb       NOT NULL DEFAULT '{}',
    -- the newest CloudFormation event id seen before this job touched the stack: older events are not this job's
    event_mark    text,
    started_at    timestamptz,
    -- for a destroy: logical id -> type of the resources the template keeps on delete (DeletionPolicy Retain/Snapshot)
    keep_on_delete jsonb      NOT NULL DEFAULT '{}',
    PRIMARY KEY (job_id, position)
);

CREATE TABLE deploy_event (
    seq           bigserial   PRIMARY KEY,
    job_id        uuid        NOT NULL REFERENCES deploy_job (id) ON DELETE CASCADE,
    event_id      text        NOT NULL,
    at            timestamptz NOT NULL,
    stack         text        NOT NULL,
    region        text        NOT NULL,
    logical_id    text,
    resource_type text,
    physical_id   text,
    status        text,
    reason        text,
    UNIQUE (job_id, event_id)
);
