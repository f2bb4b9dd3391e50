// How many documents are stored, for paging.
RETURN COUNT { (:Document) } AS total
