DROP TABLE keyring_serials;
