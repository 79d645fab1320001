-- A schema version after this netaudit's, for the migration tests only (never on the main
-- classpath location): applied over a store with data, it must keep the data; a netaudit that does
-- not know it must refuse the store.
ALTER TABLE run ADD COLUMN note TEXT;
UPDATE run SET note = 'migrated';
