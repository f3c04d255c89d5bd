-- The data key of each complainant (crypto-shredding): personal data in intake's events, and the texts
-- published on the topics, are sealed with it (AES-256-GCM). The key itself is kept wrapped by the
-- master key (complaints.intake.personal-data.master-key). Erasure destroys it: wrapped_key becomes
-- NULL and erased_at is set, so every sealed copy, wherever it went, can no longer be opened.
-- A complainant is known by the complainant reference of their complaint.
CREATE TABLE personal_data_key (
    key_id       VARCHAR(64) PRIMARY KEY,
    complaint_id VARCHAR(36) NOT NULL UNIQUE,
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ NOT NULL,
    erased_at    TIMESTAMPTZ,
    CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);
