-- A unit's short name (简称) starts its case and notice numbers (东关〔2026〕第00001号): two units
-- sharing one issued the same numbers. Units refuses a short name taken; this index stands behind it
-- when two administrators save at once. An installation that already has two units with one short
-- name fails here, naming the index: rename one of them, then start again. Portable between H2
-- (MODE=MySQL) and MySQL 8 / MariaDB 10.11.
CREATE UNIQUE INDEX uq_org_unit_short_name ON org_unit (short_name);
