-- Rota rules are edited and withdrawn, never deleted: a session already held keeps its rule and its
-- bookings. A rule carries a version so two desks editing it at once do not overwrite each other;
-- a withdrawn session stays as a row (its cancelled bookings point at it) and comes back if the
-- rule names its date again.
ALTER TABLE reception_rule ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reception_rule ADD COLUMN withdrawn_at DATETIME(6);
ALTER TABLE reception_slot ADD COLUMN withdrawn_at DATETIME(6);
