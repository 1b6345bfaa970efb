DROP TABLE second_factor_policies;
DROP TABLE webauthn_ceremonies;
DROP TABLE security_keys;
