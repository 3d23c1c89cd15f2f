-- Accounts can be deactivated (their history stays), and come from a local password, a directory (LDAP/AD) or an
-- OpenID Connect provider.
alter table app_user add column enabled boolean default true not null;
alter table app_user add column source varchar(10) default 'LOCAL' not null;
