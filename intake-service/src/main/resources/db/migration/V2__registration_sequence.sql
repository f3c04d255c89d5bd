-- Daily registration-number sequences, one row per unit and acceptance date.
CREATE TABLE registration_sequence (
    unit_code       VARCHAR(32) NOT NULL,
    acceptance_date DATE        NOT NULL,
    last_value      BIGINT      NOT NULL,
    PRIMARY KEY (unit_code, acceptance_date)
);
