-- Accounts: form sign-in with bcrypt hashes (Modular Crypt Format), one role each.
CREATE TABLE app_user (
    id            bigserial PRIMARY KEY,
    username      text        NOT NULL,
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('learner', 'admin')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_key UNIQUE (username),
    CONSTRAINT app_user_username_form CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$')
);

-- Every version of every question that was ever loaded stays, so an answer always points at
-- the exact text that was answered. "current" marks the versions in today's content files.
CREATE TABLE question (
    id        text        NOT NULL,
    version   text        NOT NULL,
    exam      text        NOT NULL,
    type      text        NOT NULL CHECK (type IN ('true-false', 'single', 'multiple')),
    domain    text        NOT NULL,
    task      text        NOT NULL,
    source    text        NOT NULL,
    body      jsonb       NOT NULL,
    current   boolean     NOT NULL DEFAULT false,
    loaded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, version)
);
CREATE UNIQUE INDEX question_one_current ON question (id) WHERE current;

CREATE TABLE card (
    id        text        NOT NULL,
    version   text        NOT NULL,
    exam      text        NOT NULL,
    domain    text        NOT NULL,
    task      text        NOT NULL,
    body      jsonb       NOT NULL,
    current   boolean     NOT NULL DEFAULT false,
    loaded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, version)
);
CREATE UNIQUE INDEX card_one_current ON card (id) WHERE current;

-- An attempt is a practice session, a drill, a review of missed questions or a timed exam.
-- Its questions are drawn when it starts; the deadline of an exam is kept here, not in a browser.
CREATE TABLE attempt (
    id           uuid        PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    exam         text        NOT NULL,
    mode         text        NOT NULL CHECK (mode IN ('practice', 'drill', 'missed', 'exam')),
    scope        text,
    requested    integer     NOT NULL CHECK (requested > 0),
    started_at   timestamptz NOT NULL,
    deadline_at  timestamptz,
    submitted_at timestamptz,
    submitted_by text CHECK (submitted_by IN ('learner', 'deadline')),
    result       jsonb,
    CHECK ((mode = 'exam') = (deadline_at IS NOT NULL))
);
CREATE INDEX attempt_by_user ON attempt (user_id, started_at DESC);
-- The sweeper that submits exams whose time ran out reads only open, timed attempts.
CREATE INDEX attempt_open_exams ON attempt (deadline_at) WHERE submitted_at IS NULL AND deadline_at IS NOT NULL;

CREATE TABLE attempt_item (
    attempt_id       uuid        NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    position         integer     NOT NULL CHECK (position >= 1),
    question_id      text        NOT NULL,
    question_version text        NOT NULL,
    chosen           text,
    correct          boolean,
    flagged          boolean     NOT NULL DEFAULT false,
    answered_at      timestamptz,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT attempt_item_once UNIQUE (attempt_id, question_id),
    FOREIGN KEY (question_id, question_version) REFERENCES question (id, version)
);
CREATE INDEX attempt_item_by_question ON attempt_item (question_id);

-- Flash cards: one memory state per learner and card (FSRS), and the log of every grade given.
CREATE TABLE card_state (
    user_id     bigint           NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    card_id     text             NOT NULL,
    stability   double precision NOT NULL,
    difficulty  double precision NOT NULL,
    reps        integer          NOT NULL,
    lapses      integer          NOT NULL,
    last_review timestamptz      NOT NULL,
    due_at      timestamptz      NOT NULL,
    PRIMARY KEY (user_id, card_id)
);
CREATE INDEX card_state_due ON card_state (user_id, due_at);

CREATE TABLE card_review (
    id           bigserial        PRIMARY KEY,
    user_id      bigint           NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    card_id      text             NOT NULL,
    card_version text             NOT NULL,
    grade        smallint         NOT NULL CHECK (grade BETWEEN 1 AND 4),
    reviewed_at  timestamptz      NOT NULL,
    elapsed_days double precision NOT NULL,
    stability    double precision NOT NULL,
    difficulty   double precision NOT NULL,
    due_at       timestamptz      NOT NULL,
    FOREIGN KEY (card_id, card_version) REFERENCES card (id, version)
);
