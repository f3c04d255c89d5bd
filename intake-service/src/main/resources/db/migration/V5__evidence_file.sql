-- Evidence files (证据/附件) of complaints. The bytes are kept here, never in events: the event
-- EvidenceAttached names the file by id, type, size and SHA-256, and is stored in the same
-- transaction as the row. File names may be personal data: they are kept here and in the event only.
CREATE TABLE evidence_file (
    id            UUID         PRIMARY KEY,
    complaint_id  VARCHAR(36)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size          BIGINT       NOT NULL CHECK (size > 0),
    sha256        CHAR(64)     NOT NULL,
    bytes         BYTEA        NOT NULL,
    uploaded_at   TIMESTAMPTZ  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploader_unit VARCHAR(32)  NOT NULL,
    CHECK (octet_length(bytes) = size)
);
CREATE INDEX evidence_file_complaint ON evidence_file (complaint_id, uploaded_at);
