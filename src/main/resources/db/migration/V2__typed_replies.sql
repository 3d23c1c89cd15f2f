-- Typed replies: how each was scored (evidence and violations with their spans), which intent it matched,
-- the call's flags (identity_verified …), and whether a critical violation caps the attempt.

alter table attempt add column critical_violation boolean default false not null;
alter table attempt add column flags varchar(1000);
alter table attempt add column pending_line varchar(4000);
alter table attempt add column ending_models varchar(8000);

alter table turn add column kind varchar(10) default 'CHOICE' not null;
alter table turn add column intent varchar(100);
alter table turn add column confidence double precision;

create table turn_evidence (
    turn_id    bigint        not null references turn (id) on delete cascade,
    position   integer       not null,
    criterion  varchar(30)   not null,
    kind       varchar(10)   not null,
    severity   varchar(10),
    span_start integer       not null,
    span_end   integer       not null,
    text       varchar(4000) not null,
    signal     varchar(100)  not null,
    reason     varchar(1000) not null,
    primary key (turn_id, position)
);
