// The largest communities (then lowest number first), each with its members of
// highest PageRank (then id). Community -1 means "none": left out. The
// entity_community index answers both the range and the per-community lookup.
MATCH (n:Entity)
WHERE n.community >= 0
WITH n.community AS community, count(*) AS size
ORDER BY size DESC, community
LIMIT $limit
RETURN community AS id, size, COLLECT {
    MATCH (m:Entity {community: community})
    RETURN m {.id, .type, .name, .aliases, .degree, .pagerank, .community} AS member
    ORDER BY coalesce(m.pagerank, 0.0) DESC, m.id
    LIMIT $top
  } AS top
ORDER BY size DESC, id
