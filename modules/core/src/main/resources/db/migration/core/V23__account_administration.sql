-- Accounts the administrator runs without touching the database: a first or reset password must be
-- changed at the next sign-in, and the time of the last change is kept. Portable between H2
-- (MODE=MySQL) and MySQL 8 / MariaDB 10.11.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(6);
