DROP INDEX correlation_hashes_match;
DROP TABLE correlation_hashes;
DROP TABLE correlation_keys;
