-- A unit missing its zero report is reminded once a period, claimed in the same ledger as the
-- deadline reminders; such a reminder belongs to no case.
ALTER TABLE sent_reminder MODIFY case_id BIGINT NULL;
