-- Reports stored whose case process has not been started yet: the citizen's request writes the row with the
-- case, the desk's process starter takes it (deleting it claims it, once, on any node) and starts the process
-- in the same transaction. A row left here after a crash is started by the next node that runs.
CREATE TABLE case_process_queue (
    case_id       BIGINT       PRIMARY KEY REFERENCES report_case (id),
    tracking_code VARCHAR(32)  NOT NULL,
    queued_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
