-- Where every case stands, for the work lists and the case view; kept in step with the event store
-- in the same transaction (a subscribing projection).
CREATE TABLE case_board (
    case_id                TEXT PRIMARY KEY,
    registration_number    TEXT        NOT NULL,
    unit_code              TEXT        NOT NULL,
    -- the unit path from HQ down, delimited on both ends: /HQ/SH/SH-PD/
    unit_path              TEXT        NOT NULL,
    holder_unit            TEXT        NOT NULL,
    level                  INT         NOT NULL,
    priority               BOOLEAN     NOT NULL,
    status                 TEXT        NOT NULL,
    responsible_department TEXT,
    handler_id             TEXT,
    remedy_number          INT         NOT NULL DEFAULT 0,
    paused                 BOOLEAN     NOT NULL DEFAULT FALSE,
    escalations_open       BOOLEAN     NOT NULL DEFAULT FALSE,
    deadlines_missed       INT         NOT NULL DEFAULT 0,
    -- the open time limits: {"CONTACT": "2023-10-10T01:00:00Z", ...}
    deadlines              TEXT        NOT NULL DEFAULT '{}',
    next_due               TIMESTAMPTZ,
    opened_at              TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    closed_at              TIMESTAMPTZ,
    outcome                TEXT,
    satisfaction           TEXT
);

CREATE INDEX case_board_handler_idx ON case_board (handler_id) WHERE status <> 'CLOSED';
CREATE INDEX case_board_status_idx ON case_board (status, next_due);
