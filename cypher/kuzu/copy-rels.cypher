// Bulk template: appends new relationships of one (from, to) label pair from an adapter-written JSON file.
COPY {{type}} FROM '{{file}}' (from='{{from}}', to='{{to}}')
