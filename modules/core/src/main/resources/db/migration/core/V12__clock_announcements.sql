-- A clock's due day and its lapse are announced once each (events ClockDue, ClockLapsed);
-- extending or restarting the clock announces again for the new due date.
ALTER TABLE case_clock ADD COLUMN due_announced BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE case_clock ADD COLUMN lapsed_announced BOOLEAN DEFAULT FALSE NOT NULL;
