// Bulk template: appends new rows to a node table from a newline-delimited JSON file the adapter wrote.
// JSON keys map to columns by name, so text and lists arrive exactly as written.
COPY {{label}} FROM '{{file}}'
