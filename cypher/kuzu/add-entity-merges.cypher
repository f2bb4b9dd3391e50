// Schema template: adds the merges column to an entity table created before it existed.
ALTER TABLE {{label}} ADD IF NOT EXISTS merges STRING DEFAULT '[]'
