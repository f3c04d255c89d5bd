-- Which version of the contact key hashed each row (complaints.intake.contact-keys), so that the key
-- can be rotated: look-ups hash with every configured version; rows of a retired version can be found
-- and, once older than the repeat window, deleted. Rows from before versions existed: v1.
ALTER TABLE complainant_contact ADD COLUMN key_version VARCHAR(32) NOT NULL DEFAULT 'v1';
