-- The register of complaints as intake answers queries about them: one row per complaint, kept in
-- the same transaction as its events. The view holds masked contact details only.
CREATE TABLE complaint_register (
    complaint_id        VARCHAR(36)   PRIMARY KEY,
    registration_number VARCHAR(64)   NOT NULL UNIQUE,
    unit_code           VARCHAR(32)   NOT NULL,
    unit_path           VARCHAR(32)[] NOT NULL,
    channel             VARCHAR(32)   NOT NULL,
    category            VARCHAR(32)   NOT NULL,
    level               SMALLINT      NOT NULL,
    priority            BOOLEAN       NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    received_at         TIMESTAMPTZ   NOT NULL,
    complainant_reference VARCHAR(36) NOT NULL UNIQUE,
    view                JSONB         NOT NULL
);
CREATE INDEX complaint_register_unit_path ON complaint_register USING GIN (unit_path);
CREATE INDEX complaint_register_received_at ON complaint_register (received_at DESC);

-- who looked up which complainant's full contact, when and why (records are confidential: access is logged)
CREATE TABLE contact_access (
    id                    BIGSERIAL    PRIMARY KEY,
    complainant_reference VARCHAR(36)  NOT NULL,
    complaint_id          VARCHAR(36)  NOT NULL,
    actor_id              VARCHAR(64)  NOT NULL,
    actor_unit            VARCHAR(32)  NOT NULL,
    purpose               VARCHAR(32)  NOT NULL,
    accessed_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX contact_access_reference ON contact_access (complainant_reference, accessed_at);
