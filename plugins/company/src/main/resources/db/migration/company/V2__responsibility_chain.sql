-- Company plugin: the chain of responsibility recorded per matter (信访工作责任制): the party secretary
-- (第一责任人), the deputy secretary in charge (直接责任人), the workshop's branch secretary and director
-- (具体责任人, one or two people). NULL until the desk fills them in; the plugin refuses to send a
-- matter down to a workshop while the first three are missing, so existing rows need no value.
ALTER TABLE company_case_form ADD COLUMN first_responsible VARCHAR(50);
ALTER TABLE company_case_form ADD COLUMN direct_responsible VARCHAR(50);
ALTER TABLE company_case_form ADD COLUMN specific_responsible VARCHAR(50);
ALTER TABLE company_case_form ADD COLUMN specific_responsible_second VARCHAR(50);
