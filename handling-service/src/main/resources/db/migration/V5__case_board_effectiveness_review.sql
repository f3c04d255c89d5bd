-- A level-1 or level-2 complaint closed as resolved whose actions' effectiveness is to be reviewed.
ALTER TABLE case_board ADD COLUMN effectiveness_review_due BOOLEAN NOT NULL DEFAULT FALSE;
