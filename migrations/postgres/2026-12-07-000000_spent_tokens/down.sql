DROP TABLE spent_tokens;
