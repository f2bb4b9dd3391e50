// Waits until new indexes are online, so the first search after init sees them.
CALL db.awaitIndexes($timeoutSeconds)
