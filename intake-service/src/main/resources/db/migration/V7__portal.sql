-- The complainant self-service portal: keyed hashes only, never a code or an address in clear.
create table portal_email_code (
    email_hash      varchar(64) primary key,
    code_hash       varchar(64) not null,
    sent_at         timestamptz not null,
    expires_at      timestamptz not null,
    failed_attempts integer     not null
);

create table portal_tracking_code (
    complaint_id        varchar(64) primary key,
    registration_number varchar(64) not null unique,
    code_hash           varchar(64) not null,
    complainant_ref     varchar(64) not null,
    unit_code           varchar(32) not null
);

-- wrong tracking codes per registration number and per caller address
create table portal_lockout (
    lock_key     varchar(80) primary key,
    failures     integer     not null,
    window_start timestamptz not null,
    locked_until timestamptz
);

-- what the complainant may see of the case (handling's events): status, open time limits, offered remedy
create table portal_case (
    complaint_id    varchar(64) primary key,
    status          varchar(32) not null,
    last_sequence   bigint      not null,
    remedy_measures text,
    remedy_due_date date
);

create table portal_case_deadline (
    complaint_id varchar(64) not null,
    time_limit   varchar(32) not null,
    due          timestamptz not null,
    primary key (complaint_id, time_limit)
);

create table portal_case_step (
    event_id     varchar(100) primary key,
    complaint_id varchar(64)  not null,
    sequence     bigint       not null,
    occurred_at  timestamptz  not null,
    step         varchar(64)  not null,
    actor_role   varchar(32)  not null
);
create index portal_case_step_by_complaint on portal_case_step (complaint_id, sequence);
