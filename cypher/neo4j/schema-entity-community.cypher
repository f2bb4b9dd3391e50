// Stats list each community's top members, and the explorer colours and
// filters by community: both look entities up by community number.
CREATE INDEX entity_community IF NOT EXISTS FOR (n:Entity) ON (n.community)
