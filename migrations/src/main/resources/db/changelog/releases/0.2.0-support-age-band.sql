--liquibase formatted sql

--changeset sohoa:0.2.0-support-log-age-band-width
-- FROM_18_TO_35 and FROM_36_TO_59 have 13 characters: varchar(12) refused every record of those bands.
ALTER TABLE support_log ALTER COLUMN age_band TYPE varchar(16);
