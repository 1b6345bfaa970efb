DROP TABLE reviewer_notifications;
