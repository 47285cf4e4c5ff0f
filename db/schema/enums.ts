import { pgEnum } from "drizzle-orm/pg-core";
import {
  CURRENCIES,
  DELEGATIONS,
  GROUP_ROLES,
  LOCALES,
  MEETING_STATES,
  PLAN_STATES,
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
} from "../../lib/vocabulary";

export const localeEnum = pgEnum("locale", LOCALES);
export const delegationEnum = pgEnum("delegation", DELEGATIONS);
export const groupRoleEnum = pgEnum("group_role", GROUP_ROLES);
export const projectStatusEnum = pgEnum("project_status", PROJECT_STATUSES);
export const projectHealthEnum = pgEnum("project_health", PROJECT_HEALTHS);
export const planStateEnum = pgEnum("plan_state", PLAN_STATES);
export const meetingStateEnum = pgEnum("meeting_state", MEETING_STATES);
export const currencyEnum = pgEnum("currency", CURRENCIES);
