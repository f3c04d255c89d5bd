-- Idempotency-Key of registrations: a retried request returns the first result.
CREATE TABLE idempotency_key (
    idempotency_key     VARCHAR(100) PRIMARY KEY,
    request_hash        CHAR(64)     NOT NULL,
    complaint_id        VARCHAR(36)  NOT NULL,
    registration_number VARCHAR(64),
    received_at         TIMESTAMPTZ,
    priority            BOOLEAN,
    repeat_of           VARCHAR(64),
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Who complained about what, to recognise repeat complaints (二次投诉). The contact is kept only as a
-- keyed hash: the complainant's contact itself lives in the event store alone.
CREATE TABLE complainant_contact (
    complaint_id        VARCHAR(36) NOT NULL,
    contact_key         CHAR(64)    NOT NULL,
    category            VARCHAR(32) NOT NULL,
    matter_unit         VARCHAR(32) NOT NULL,
    registration_number VARCHAR(64) NOT NULL,
    received_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (complaint_id, contact_key)
);
CREATE INDEX complainant_contact_matter ON complainant_contact (contact_key, category, matter_unit, received_at);
