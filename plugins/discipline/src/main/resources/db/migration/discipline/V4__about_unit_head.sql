-- A report about the head of the unit that received it (反映本机关主要负责人) is sent sealed to the next
-- commission above and never to a body of another agency; the clerk marks it at registration.
ALTER TABLE discipline_case_form ADD COLUMN about_unit_head BOOLEAN DEFAULT FALSE NOT NULL;
