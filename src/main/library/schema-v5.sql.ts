/**
 * Migration 5: the review desk as a verification station (issue 11).
 * - warnings.state: 'open' or 'dismissed'. Every reader that counts, filters or queues reads the open ones
 *   (warnings_open_errors replaces warnings_errors for the queue's error tier and the open-error check).
 *   A warning a person's correction settled is not kept: re-validation (services/revalidate.ts) rewrites
 *   the extract warnings from the checks over the current values.
 * - warning_dismissals: a person accepted a warning, with a reason. It matches a warning by code, fields
 *   and message, and holds the values of the fields concerned when it was made (`concerns`, JSON): once
 *   those values change, the dismissal no longer applies. `active` follows undo and redo.
 * - revisions.old_meta / new_meta: a field value's provenance (approximate, span, confidence, rule) before
 *   and after, JSON, so that undo puts a value back exactly as it was. NULL for older revisions.
 * - revisions.reviewer: who made the change ('' when not known, as in every revision before this one).
 */
export const SCHEMA_V5 = `
ALTER TABLE warnings ADD COLUMN state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','dismissed'));
DROP INDEX warnings_errors;
CREATE INDEX warnings_open_errors ON warnings(document_id) WHERE severity = 'error' AND state = 'open';

CREATE TABLE warning_dismissals (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  fields TEXT NOT NULL DEFAULT '[]',
  message TEXT NOT NULL,
  concerns TEXT NOT NULL DEFAULT '{}',
  reason TEXT NOT NULL,
  reviewer TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX warning_dismissals_document ON warning_dismissals(document_id);

ALTER TABLE revisions ADD COLUMN old_meta TEXT;
ALTER TABLE revisions ADD COLUMN new_meta TEXT;
ALTER TABLE revisions ADD COLUMN reviewer TEXT NOT NULL DEFAULT '';
`
