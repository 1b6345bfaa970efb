DROP TABLE referrals;
DROP TABLE report_tags;
DROP TABLE body_tags;
