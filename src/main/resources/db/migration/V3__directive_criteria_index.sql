-- Creating a directive looks for an active one with the same criteria (it supersedes it); keep that
-- lookup off a scan of every active directive.
CREATE INDEX directive_criteria_idx ON directive (kind, state, domain, tenant, campaign);
