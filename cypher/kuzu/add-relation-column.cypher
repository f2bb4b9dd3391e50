// Schema template: adds a string column (validFrom, validTo) to a relation table created before it existed.
ALTER TABLE {{type}} ADD IF NOT EXISTS {{column}} STRING
