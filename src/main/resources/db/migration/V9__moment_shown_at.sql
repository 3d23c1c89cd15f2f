-- When the moment an unfinished attempt stands at was shown (by the server's clock), so a reply timer (format 1.1)
-- measures lateness from it across reloads and resumes. Null for attempts from before: they count from their last
-- reply, or their start.
alter table attempt add column moment_shown_at timestamp with time zone;
