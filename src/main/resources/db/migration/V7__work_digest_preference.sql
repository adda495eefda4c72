-- Notifications (issue 5): a staff member may get "việc đang chờ" as one daily digest instead of one
-- mail per task. One row per Camunda user id that made a choice; no row = one mail per task.
CREATE TABLE staff_notice_preference (
    user_id     VARCHAR(64)              NOT NULL PRIMARY KEY,
    work_digest BOOLEAN                  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
