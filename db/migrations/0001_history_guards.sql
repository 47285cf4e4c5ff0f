-- Status updates are the project's history: append-only.
CREATE FUNCTION workplan_refuse_history_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'status_updates is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER status_updates_append_only
BEFORE UPDATE OR DELETE ON status_updates
FOR EACH ROW EXECUTE FUNCTION workplan_refuse_history_change();
--> statement-breakpoint
-- The project list of an approved (or superseded) work plan is frozen.
CREATE FUNCTION workplan_refuse_frozen_plan_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  plan_state_now plan_state;
BEGIN
  SELECT state INTO plan_state_now FROM work_plans
    WHERE id = COALESCE(NEW.plan_id, OLD.plan_id);
  IF plan_state_now IS DISTINCT FROM 'draft' AND plan_state_now IS NOT NULL THEN
    RAISE EXCEPTION 'work plan % is frozen', COALESCE(NEW.plan_id, OLD.plan_id)
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN COALESCE(NEW, OLD);
END;
$$;
--> statement-breakpoint
CREATE TRIGGER work_plan_projects_frozen
BEFORE INSERT OR UPDATE OR DELETE ON work_plan_projects
FOR EACH ROW EXECUTE FUNCTION workplan_refuse_frozen_plan_change();
