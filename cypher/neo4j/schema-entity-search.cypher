// A text (trigram) index answers CONTAINS, which is how search finds substrings
// of names and aliases; searchText holds them lower-cased, one per line.
CREATE TEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON (n.searchText)
