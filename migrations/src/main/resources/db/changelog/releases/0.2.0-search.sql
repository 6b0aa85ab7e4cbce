--liquibase formatted sql

--changeset sohoa:0.2.0-unaccent
-- Vietnamese names are searched without their diacritics ("Vi Thanh" finds "Vị Thanh"). unaccent
-- is a trusted extension since PostgreSQL 13, so the owner role of the database creates it itself.
-- Its rules map đ/Đ to d/D as well, which is a letter of its own rather than an accented d.
CREATE EXTENSION IF NOT EXISTS unaccent;

--changeset sohoa:0.2.0-search-fold splitStatements:false
-- The form in which searched text is compared: lower case, without diacritics. IMMUTABLE (unaccent
-- itself is only STABLE, because its dictionary could change) so that it may back an expression
-- index when the tenant registry grows large; the dictionary is named with its schema for the same
-- reason, making the function independent of the caller's search_path.
CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1))
$$;
GRANT EXECUTE ON FUNCTION search_fold(text) TO ${app_role};
