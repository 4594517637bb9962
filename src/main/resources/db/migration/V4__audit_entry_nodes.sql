-- The nodes each audit entry's outcomes name, so the trail can be filtered by node exactly and by index
-- rather than by searching the outcomes' JSON text.
CREATE TABLE audit_entry_node (
    entry_id        BIGINT       NOT NULL REFERENCES audit_entry (id) ON DELETE CASCADE,
    node            VARCHAR(256) NOT NULL,
    PRIMARY KEY (entry_id, node)
);
CREATE INDEX audit_entry_node_idx ON audit_entry_node (node, entry_id);

-- The trail of one directive or schedule is asked for by its id.
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject);
