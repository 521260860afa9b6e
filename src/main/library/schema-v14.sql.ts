/**
 * Migration 14: each document's number of open warnings, kept beside it and indexed (issue 15), so that the
 * list sorted by warnings walks one index instead of counting every document's warnings and sorting the whole
 * library (270 ms at 200,000 documents), and "has warnings" reads a range of that index. One row per document,
 * 0 included (a sort needs every document), kept by triggers on `documents` and `warnings` like report_keys
 * (migration 7) and dataset_rows (migration 11): import, re-extraction, a dismissal and its undo, a deletion all
 * keep it right without knowing it. A deleted document's row goes by its foreign key.
 */
export const SCHEMA_V14 = `
CREATE TABLE open_warning_counts (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  open INTEGER NOT NULL
) STRICT;
CREATE INDEX open_warning_counts_order ON open_warning_counts(open, document_id);

CREATE TRIGGER open_warning_counts_document AFTER INSERT ON documents BEGIN
  INSERT INTO open_warning_counts (document_id, open) VALUES (NEW.id, 0);
END;
CREATE TRIGGER open_warning_counts_insert AFTER INSERT ON warnings WHEN NEW.state = 'open' BEGIN
  UPDATE open_warning_counts SET open = open + 1 WHERE document_id = NEW.document_id;
END;
CREATE TRIGGER open_warning_counts_delete AFTER DELETE ON warnings WHEN OLD.state = 'open' BEGIN
  UPDATE open_warning_counts SET open = open - 1 WHERE document_id = OLD.document_id;
END;
CREATE TRIGGER open_warning_counts_update AFTER UPDATE OF state, document_id ON warnings
  WHEN (OLD.state = 'open') <> (NEW.state = 'open') OR (NEW.state = 'open' AND OLD.document_id <> NEW.document_id) BEGIN
  UPDATE open_warning_counts SET open = open - 1 WHERE document_id = OLD.document_id AND OLD.state = 'open';
  UPDATE open_warning_counts SET open = open + 1 WHERE document_id = NEW.document_id AND NEW.state = 'open';
END;

INSERT INTO open_warning_counts (document_id, open)
  SELECT d.id, (SELECT count(*) FROM warnings w WHERE w.document_id = d.id AND w.state = 'open') FROM documents d;
`
