-- A callback instructed and not yet made: for most cases while they are CALLBACK_DUE, for a minor
-- complaint settled at intake while it is already CLOSED.
ALTER TABLE case_board ADD COLUMN callback_due BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE case_board SET callback_due = (status = 'CALLBACK_DUE');
