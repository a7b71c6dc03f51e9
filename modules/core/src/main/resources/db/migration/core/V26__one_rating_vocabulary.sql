-- One rating vocabulary (issue 11): a follow-up visit's answer is a Rating, as the procedure's rating
-- step records it — SATISFIED, BASICALLY_SATISFIED, UNSATISFIED. The follow-up once stored 不满意 as
-- DISSATISFIED; rewrite those so that every stored value is one the application reads.
-- Portable between H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

UPDATE reception_visit SET satisfaction = 'UNSATISFIED' WHERE satisfaction = 'DISSATISFIED';
