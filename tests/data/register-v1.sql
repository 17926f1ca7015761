-- register-v1.sql: a register of schema version 1, as dialogreg wrote it
-- before full-text search (schema 2) came, for the migration test
-- (tests/store/test_migrate.c). The schema part is schema_v1 of
-- src/store/schema.c, verbatim; the rows are what the program would have
-- written for three dialogues, their children, settings and history.
--
-- Build the register from it with the sqlite3 shell:
--   rm -f register-v1.db && sqlite3 register-v1.db < register-v1.sql
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TABLE dialogues (
  id INTEGER PRIMARY KEY,
  ref TEXT UNIQUE NOT NULL,
  year INTEGER NOT NULL,
  serial INTEGER NOT NULL,
  state TEXT NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  case_number TEXT,
  title TEXT,
  question TEXT,
  purpose TEXT,
  goals TEXT,
  background TEXT,
  initiated_by TEXT,
  sender TEXT,
  administration TEXT,
  need_views TEXT,
  need_views_by TEXT,
  need_views_date TEXT,
  open_to_influence TEXT,
  open_to_influence_by TEXT,
  open_to_influence_date TEXT,
  level TEXT,
  outreach TEXT,
  outreach_how TEXT,
  decision_deadline TEXT,
  planned_start TEXT,
  planned_end TEXT,
  budget TEXT,
  financing TEXT,
  result_use TEXT,
  responsibilities TEXT,
  fact_basis TEXT,
  project_plan TEXT,
  parties_invited TEXT,
  process_owner TEXT,
  process_leader TEXT,
  communication_plan TEXT,
  documentation_plan TEXT,
  feedback_plan TEXT,
  evaluation_plan TEXT,
  participants_informed TEXT,
  decision_body TEXT,
  decision_date TEXT,
  decision_paragraph TEXT,
  decision_case TEXT,
  budget_frame TEXT,
  question_decision_body TEXT,
  question_decision_date TEXT,
  question_decision_paragraph TEXT,
  question_decision_outcome TEXT,
  result_summary TEXT,
  result_date TEXT,
  report_reference TEXT,
  report_date TEXT,
  not_reported_reason TEXT,
  review_text TEXT,
  review_date TEXT,
  evaluation_date TEXT,
  influence TEXT,
  goals_met TEXT,
  evaluation_reach TEXT,
  participants_view TEXT,
  lessons TEXT,
  level_change_reason TEXT,
  state_reason TEXT,
  UNIQUE (year, serial)
);
CREATE INDEX dialogues_state ON dialogues (state);
CREATE TABLE items (
  dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),
  field TEXT NOT NULL,
  pos INTEGER NOT NULL,
  name TEXT NOT NULL,
  note TEXT,
  step INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (dialogue_id, field, pos)
) WITHOUT ROWID;
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),
  date TEXT NOT NULL,
  place TEXT,
  method TEXT,
  participants INTEGER CHECK (participants >= 0),
  breakdown TEXT,
  politicians TEXT,
  notes TEXT
);
CREATE INDEX sessions_dialogue ON sessions (dialogue_id, date);
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),
  date TEXT NOT NULL,
  sender TEXT,
  channels TEXT,
  text TEXT
);
CREATE INDEX feedback_dialogue ON feedback (dialogue_id, date);
CREATE TABLE contributions (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),
  session_id INTEGER REFERENCES sessions (id),
  channel TEXT,
  text TEXT NOT NULL,
  themes TEXT,
  contact TEXT,
  contact_erased INTEGER NOT NULL DEFAULT 0
    CHECK (contact_erased IN (0, 1)),
  created TEXT NOT NULL
);
CREATE INDEX contributions_dialogue ON contributions (dialogue_id);
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER REFERENCES dialogues (id),
  version INTEGER,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  reason TEXT
);
CREATE INDEX history_dialogue ON history (dialogue_id, version);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE methods (
  name TEXT PRIMARY KEY COLLATE NOCASE,
  step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5)
);
PRAGMA application_id = 1146242375;
PRAGMA user_version = 1;

INSERT INTO dialogues (id, ref, year, serial, state, version, created,
  updated, updated_by, title, question, purpose, initiated_by, level,
  need_views, open_to_influence, decision_deadline, budget)
VALUES
  (1, 'MD-2025-001', 2025, 1, 'running', 6, '2025-03-03T08:00:00Z',
   '2025-05-20T13:30:00Z', 'bertil', 'Ungdomsdialog i Skärhamn',
   'Vad behöver unga i Skärhamn för att trivas på kvällarna?',
   'Underlag till beslut om en ny fritidsgård.', 'Anna Berg',
   'dialogue', 'yes', 'yes', '2025-12-15', '125000'),
  (2, 'MD-2025-002', 2025, 2, 'reported', 5, '2025-04-01T09:00:00Z',
   '2025-09-01T10:00:00Z', 'anna', 'Fårbete på Tjörn',
   'Var ska fåren beta nästa sommar?', NULL, 'Cecilia Ek',
   'consultation', 'yes', 'yes', '2025-10-01', NULL),
  (3, 'MD-2026-001', 2026, 1, 'proposed', 1, '2026-01-12T07:45:00Z',
   '2026-01-12T07:45:00Z', 'anna', 'Ny simhall i Kållekärr',
   'Hur ska den nya simhallen användas?', NULL, 'Örjan Åkesson',
   NULL, NULL, NULL, NULL, NULL);

INSERT INTO items (dialogue_id, field, pos, name, note, step) VALUES
  (1, 'bodies', 0, 'Kultur- och fritidsnämnden', NULL, 0),
  (1, 'methods', 0, 'Fokusgrupp', NULL, 2),
  (1, 'methods', 1, 'Framtidsverkstad', NULL, 4),
  (1, 'target_groups', 0, 'Unga 13–19 år', 'ålder, språk', 0),
  (1, 'politicians', 0, 'Anna Berg', 'Kultur- och fritidsnämnden', 0),
  (2, 'bodies', 0, 'Samhällsbyggnadsnämnden', NULL, 0),
  (2, 'bodies', 1, 'Kommunstyrelsen', NULL, 0),
  (3, 'bodies', 0, 'Kommunstyrelsen', NULL, 0);

INSERT INTO sessions (id, dialogue_id, date, place, method, participants,
  breakdown, politicians, notes) VALUES
  (1, 1, '2025-05-06', 'Skärhamns bibliotek', 'Fokusgrupp', 14,
   '13–15 år: 6, 16–19 år: 8', 'Anna Berg', NULL),
  (2, 1, '2025-05-20', 'Fritidsgården', 'Framtidsverkstad', NULL, NULL,
   'Anna Berg', 'Räknades inte'),
  (3, 2, '2025-06-10', 'Höviksnäs', 'Enkät', 212, NULL, NULL, NULL);

INSERT INTO feedback (id, dialogue_id, date, sender, channels, text) VALUES
  (1, 2, '2025-09-01', 'Samhällsbyggnadsnämnden', 'webb, brev',
   'Fåren betar vid Höviksnäs; tack för alla svar.');

INSERT INTO contributions (id, dialogue_id, session_id, channel, text,
  themes, contact, contact_erased, created) VALUES
  (1, 1, 1, 'meeting', 'Öppet längre på fredagar', 'öppettider', NULL, 0,
   '2025-05-06T17:00:00Z'),
  (2, 1, 2, 'meeting', 'En replokal för band', 'musik',
   'Elin Ström, elin@example.se', 0, '2025-05-20T13:30:00Z'),
  (3, 2, NULL, 'survey', 'Gärna fåren närmare skolan', 'djur', NULL, 0,
   '2025-06-20T08:00:00Z');

INSERT INTO settings (key, value) VALUES ('municipality', 'Tjörns kommun');
INSERT INTO methods (name, step) VALUES ('Walk and talk', 3);

INSERT INTO history (dialogue_id, version, at, who, field, old_value,
  new_value, reason) VALUES
  (1, 1, '2025-03-03T08:00:00Z', 'anna', 'created', NULL, 'proposed', NULL),
  (1, 1, '2025-03-03T08:00:00Z', 'anna', 'title', NULL,
   'Ungdomsdialog i Skärhamn', NULL),
  (1, 1, '2025-03-03T08:00:00Z', 'anna', 'bodies', NULL,
   'Kultur- och fritidsnämnden', NULL),
  (1, 2, '2025-03-20T10:00:00Z', 'anna', 'state', 'proposed', 'decided',
   NULL),
  (1, 3, '2025-04-02T10:00:00Z', 'anna', 'state', 'decided', 'planned',
   NULL),
  (1, 4, '2025-05-06T16:00:00Z', 'bertil', 'state', 'planned', 'running',
   NULL),
  (1, 5, '2025-05-06T17:00:00Z', 'bertil', 'session', NULL, '2025-05-06',
   NULL),
  (1, 6, '2025-05-20T13:30:00Z', 'bertil', 'contribution', NULL, '2',
   NULL),
  (1, 6, '2025-05-20T13:30:00Z', 'bertil', 'contribution_contact', NULL,
   'given', NULL),
  (2, 1, '2025-04-01T09:00:00Z', 'anna', 'created', NULL, 'proposed', NULL),
  (2, 2, '2025-04-20T09:00:00Z', 'anna', 'state', 'proposed', 'decided',
   NULL),
  (2, 3, '2025-06-10T12:00:00Z', 'anna', 'session', NULL, '2025-06-10',
   NULL),
  (2, 4, '2025-08-15T12:00:00Z', 'anna', 'state', 'running', 'reported',
   'Redovisad i KS 2025-08-14'),
  (2, 5, '2025-09-01T10:00:00Z', 'anna', 'feedback', NULL, '2025-09-01',
   NULL),
  (3, 1, '2026-01-12T07:45:00Z', 'anna', 'created', NULL, 'proposed', NULL),
  (NULL, NULL, '2025-02-01T08:00:00Z', 'anna', 'setting:municipality',
   '', 'Tjörns kommun', NULL),
  (NULL, NULL, '2025-02-01T08:05:00Z', 'anna', 'method:Walk and talk',
   NULL, '3', NULL);
COMMIT;
