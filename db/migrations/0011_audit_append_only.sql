-- The audit log is append-only, like the status history (0001): no row is changed or removed,
-- and the table cannot be emptied. Users and groups are deactivated, never deleted, so the
-- foreign keys' ON DELETE SET NULL never has to rewrite a row here.
CREATE FUNCTION workplan_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION workplan_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
BEFORE TRUNCATE ON audit_events
FOR EACH STATEMENT EXECUTE FUNCTION workplan_refuse_audit_change();
