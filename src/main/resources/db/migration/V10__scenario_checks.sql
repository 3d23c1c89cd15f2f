-- What the checks other features add to a scenario (its author's examples, scored) found in one content, by one
-- checker: the same bytes checked by the same code, sentence model and rubric give the same problems, so an import
-- at start reuses them instead of scoring every example again (issue 14). "checker" is the checks' fingerprint.

create table scenario_check (
    content_hash varchar(64)     not null,
    checker      varchar(64)     not null,
    problems     varchar(100000) not null,
    checked_at   timestamp with time zone default current_timestamp not null,
    primary key (content_hash, checker)
);
