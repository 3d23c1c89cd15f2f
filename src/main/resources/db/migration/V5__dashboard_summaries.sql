-- Per trainee and scenario, and per trainee and moment, what the manager dashboard sums over a team, so its
-- per-scenario rates and hot spots read a few hundred rows per trainee instead of every attempt and reply.
-- Rapport recounts a trainee's rows for a scenario from their attempts whenever one starts, ends or is re-scored.

create table trainee_scenario_stats (
    username       varchar(100) not null,
    scenario_id    varchar(100) not null,
    scenario_title varchar(255) not null,
    tier           varchar(20)  not null,
    started        integer      not null,
    finished       integer      not null,
    passed         integer      not null,
    primary key (username, scenario_id)
);

-- Replies in finished attempts only: points left on the table and how often the person got more upset.
create table trainee_node_stats (
    username    varchar(100) not null,
    scenario_id varchar(100) not null,
    node_id     varchar(100) not null,
    replies     integer      not null,
    points_lost integer      not null,
    escalations integer      not null,
    primary key (username, scenario_id, node_id)
);

insert into trainee_scenario_stats (username, scenario_id, scenario_title, tier, started, finished, passed)
select a.username, a.scenario_id, max(a.scenario_title), max(a.tier), count(*),
       sum(case when a.finished_at is not null then 1 else 0 end),
       sum(case when a.finished_at is not null and a.critical_violation = false
                 and coalesce(a.reviewed_score, a.score_percent) >= a.pass_mark then 1 else 0 end)
from attempt a group by a.username, a.scenario_id;

insert into trainee_node_stats (username, scenario_id, node_id, replies, points_lost, escalations)
select a.username, a.scenario_id, t.node_id, count(*), sum(t.points_lost),
       sum(case when t.mood_after < t.mood_before then 1 else 0 end)
from turn t join attempt a on a.id = t.attempt_id
where a.finished_at is not null
group by a.username, a.scenario_id, t.node_id;
