import "zod-openapi";
import { z } from "zod";
import { ERRORS } from "@/lib/errors";
import { NEXT_STEPS_MAX, NOTE_MAX } from "@/lib/projects/status-updates/rules";
import {
  CURRENCIES,
  DELEGATIONS,
  GROUP_ROLES,
  LOCALES,
  MEETING_STATES,
  PLAN_STATES,
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
} from "@/lib/vocabulary";
import { API_PAGE_DEFAULT, API_PAGE_MAX, IDEMPOTENCY_KEY_PATTERN, TOKEN_SCOPES } from "./rules";

/*
 * The API's shapes as zod schemas: what the handlers answer (their mappers are typed by these),
 * what writes accept, and — through zod-openapi — the OpenAPI document (lib/api/openapi.ts).
 * The contract test checks every answer the test suite sees against that document.
 */

const text = z.string();
const nullableText = text.nullable();
/** An instant, ISO 8601 / RFC 3339 with its offset. */
const instant = z.string().meta({ format: "date-time", example: "2018-03-15T10:00:00.000Z" });
/** A calendar day, YYYY-MM-DD. */
const day = z.string().meta({ format: "date", example: "2018-03-15" });

export const Localized = z.object({ nb: nullableText, ru: nullableText, en: nullableText }).meta({
  id: "Localized",
  description: "A text in each language; null where it has not been written.",
});

export const LocalizedName = z
  .object({ nb: text, ru: text, en: text })
  .meta({ id: "LocalizedName", description: "A name, always given in every language." });

export const Status = z.enum(PROJECT_STATUSES).meta({
  id: "ProjectStatus",
  description: "Lifecycle status (in IATI: activity status codes 1–6 in this order).",
});
export const Health = z
  .enum(PROJECT_HEALTHS)
  .meta({ id: "ProjectHealth", description: "Rated while planned or in progress." });
export const Side = z
  .enum(DELEGATIONS)
  .meta({ id: "Side", description: "NO: the Norwegian side, RU: the Russian side." });
const Language = z.enum(LOCALES).meta({ id: "Language" });

export const Group = z
  .object({
    slug: text,
    name: LocalizedName,
    role: z
      .enum(GROUP_ROLES)
      .nullable()
      .meta({ description: "The caller's role; null for an administrator who is no member." }),
  })
  .meta({ id: "Group" });

export const GroupList = z.object({ items: z.array(Group) }).meta({ id: "GroupList" });

export const GroupDetail = Group.extend({
  commission: LocalizedName,
  links: z.object({
    areas: text,
    plans: text,
    projects: text,
    meetings: text,
    actionItems: text,
  }),
}).meta({ id: "GroupDetail" });

export const Area = z
  .object({
    id: z.uuid(),
    position: z.int(),
    name: LocalizedName,
    dacCode: text
      .regex(/^\d{5}$/)
      .nullable()
      .meta({ description: "OECD DAC 5 purpose code (IATI sector vocabulary 1), if set." }),
    archived: z.boolean(),
    projects: z.int().meta({ description: "Current (not archived) projects in the area." }),
  })
  .meta({ id: "Area" });

export const AreaList = z.object({ items: z.array(Area) }).meta({ id: "AreaList" });

const PlanMeeting = z.object({ number: z.int(), city: Localized }).nullable();

export const PlanSummary = z
  .object({
    number: z.int(),
    periodStart: z.int(),
    periodEnd: z.int(),
    state: z.enum(PLAN_STATES),
    approvedOn: day.nullable(),
    supersededAt: instant.nullable(),
    meeting: PlanMeeting.meta({ description: "The meeting that approved it." }),
    projectCount: z.int(),
    carriedOverCount: z.int(),
  })
  .meta({ id: "PlanSummary" });

export const PlanList = z.object({ items: z.array(PlanSummary) }).meta({ id: "PlanList" });

export const PlanProject = z
  .object({
    code: text,
    title: Localized,
    area: z.object({ id: z.uuid(), position: z.int(), name: Localized }),
    status: Status,
    health: Health.nullable(),
    progress: z.int().min(0).max(100),
    carriedOver: z.boolean(),
    archived: z.boolean(),
  })
  .meta({ id: "PlanProject" });

export const Plan = PlanSummary.extend({ projects: z.array(PlanProject) }).meta({ id: "Plan" });

const PersonRef = z.object({ id: z.uuid(), name: text }).nullable();

export const ProjectListItem = z
  .object({
    code: text,
    title: Localized,
    area: LocalizedName,
    status: Status,
    health: Health.nullable(),
    progress: z.int().min(0).max(100),
    plannedEnd: day.nullable(),
    lastUpdateAt: instant.nullable(),
    awaitingConfirmationFrom: Side.nullable(),
    archived: z.boolean(),
    contacts: z.object({ no: PersonRef, ru: PersonRef }),
    overdue: z.boolean(),
    stale: z.boolean(),
  })
  .meta({ id: "ProjectListItem" });

export const ProjectList = z
  .object({
    items: z.array(ProjectListItem),
    total: z.int().meta({ description: "Projects the filters select, on every page." }),
    nextCursor: text
      .nullable()
      .meta({ description: "Pass as `cursor` for the next page; null on the last one." }),
  })
  .meta({ id: "ProjectList" });

const Contact = z
  .object({ id: z.uuid(), name: text, email: text, position: nullableText })
  .nullable();

export const Project = z
  .object({
    code: text,
    version: z.int().meta({ description: "Goes up with every change; send it as If-Match." }),
    title: Localized,
    summary: Localized,
    area: LocalizedName,
    status: Status,
    health: Health.nullable(),
    progress: z.int().min(0).max(100),
    plannedStart: day.nullable(),
    plannedEnd: day.nullable(),
    leadOrganisations: z.object({ no: nullableText, ru: nullableText }),
    contacts: z.object({ no: Contact, ru: Contact }),
    partners: z.array(text),
    places: z.array(text),
    funding: z
      .object({ amount: text, currency: z.enum(CURRENCIES), source: nullableText })
      .nullable(),
    lastUpdateAt: instant.nullable(),
    awaitingConfirmationFrom: Side.nullable(),
    archivedAt: instant.nullable(),
    milestones: z.array(
      z.object({ id: z.uuid(), title: Localized, dueOn: day.nullable(), doneOn: day.nullable() }),
    ),
    plans: z.array(
      z.object({
        number: z.int(),
        periodStart: z.int(),
        periodEnd: z.int(),
        state: z.enum(PLAN_STATES),
        carriedOver: z.boolean(),
      }),
    ),
    latestUpdate: z
      .object({
        id: z.uuid(),
        side: Side,
        createdAt: instant,
        confirmation: z.object({ name: text, side: Side, at: instant }).nullable(),
      })
      .nullable(),
  })
  .meta({ id: "Project" });

const Confirmation = z.object({ name: text, side: Side, at: instant }).nullable();

export const HistoryEntry = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("update"),
      id: z.uuid(),
      createdAt: instant,
      authorName: text,
      side: Side,
      status: Status,
      health: Health.nullable(),
      progress: z.int(),
      previousStatus: Status.nullable(),
      previousHealth: Health.nullable(),
      previousProgress: z.int().nullable(),
      authorId: z.uuid(),
      note: nullableText,
      nextSteps: nullableText,
      locale: Language.nullable(),
      confirmation: Confirmation,
      translations: z
        .array(
          z.object({
            locale: Language,
            note: nullableText,
            nextSteps: nullableText,
            translatorName: text,
            at: instant,
            outdated: z
              .boolean()
              .meta({ description: "The original changed after it was translated." }),
          }),
        )
        .meta({ description: "The note and next steps in other languages than `locale`." }),
    }),
    z.object({
      kind: z.literal("comment"),
      id: z.uuid(),
      createdAt: instant,
      authorName: text,
      side: Side,
      body: text,
      locale: Language,
    }),
  ])
  .meta({ id: "HistoryEntry" });

export const History = z
  .object({
    entries: z.array(HistoryEntry).meta({ description: "Newest first." }),
    truncated: z.boolean().meta({ description: "Older entries exist beyond these." }),
  })
  .meta({ id: "History" });

/** What both a meeting in the list and a meeting on its own say first. */
const meetingFields = {
  number: z.int(),
  startsOn: day,
  endsOn: day,
  city: Localized,
  country: Side,
  state: z.enum(MEETING_STATES),
};

export const MeetingSummary = z
  .object({
    ...meetingFields,
    closed: z.boolean(),
    agendaItems: z.int(),
    decisions: z.int(),
    openActionItems: z.int(),
  })
  .meta({ id: "MeetingSummary" });

export const MeetingList = z
  .object({ items: z.array(MeetingSummary).meta({ description: "Newest first." }) })
  .meta({ id: "MeetingList" });

const LinkedProject = z.object({ code: text, title: Localized });

export const ActionItem = z
  .object({
    id: z.uuid(),
    text: Localized,
    owner: z.object({ id: z.uuid(), name: text, side: Side }),
    dueOn: day.nullable(),
    doneAt: instant.nullable(),
    doneBy: nullableText,
    project: LinkedProject.nullable(),
    meeting: z.object({ number: z.int(), city: Localized }).nullable(),
    overdue: z.boolean(),
  })
  .meta({ id: "ActionItem" });

export const Meeting = z
  .object({
    ...meetingFields,
    closedAt: instant.nullable(),
    minutes: Localized,
    attendees: z.array(
      z.object({
        name: text,
        side: Side,
        capacity: nullableText,
        position: nullableText,
      }),
    ),
    agenda: z.array(
      z.object({ position: z.int(), title: Localized, projects: z.array(LinkedProject) }),
    ),
    decisions: z.array(
      z.object({ position: z.int(), text: Localized, project: LinkedProject.nullable() }),
    ),
    actionItems: z.array(ActionItem),
    previousNumber: z.int().nullable(),
    nextNumber: z.int().nullable(),
  })
  .meta({ id: "Meeting" });

export const ActionItemList = z
  .object({ items: z.array(ActionItem), total: z.int(), nextCursor: text.nullable() })
  .meta({ id: "ActionItemList" });

/* Writes */

export const StatusUpdateBody = z
  .object({
    version: z
      .int()
      .min(1)
      .optional()
      .meta({ description: "The project's version the update applies to; or send If-Match." }),
    status: Status,
    health: Health.nullable()
      .optional()
      .meta({ description: "Required while the status is planned or in progress." }),
    progress: z.int().min(0).max(100),
    note: text.max(NOTE_MAX).nullable().optional(),
    noteLocale: Language.optional().meta({ description: "Default: the caller's language." }),
    nextSteps: text.max(NEXT_STEPS_MAX).nullable().optional(),
  })
  .meta({ id: "StatusUpdateRequest" });

export const StatusUpdateCreated = z
  .object({
    updateId: z.uuid(),
    version: z.int().meta({ description: "The project's new version." }),
    status: Status,
  })
  .meta({ id: "StatusUpdateCreated" });

export const CommentBody = z
  .object({
    body: text.min(1).max(4000),
    locale: Language.optional().meta({ description: "Default: the caller's language." }),
  })
  .meta({ id: "CommentRequest" });

export const CommentCreated = z.object({ commentId: z.uuid() }).meta({ id: "CommentCreated" });

export const ConfirmationBody = z
  .object({
    updateId: z
      .uuid()
      .optional()
      .meta({ description: "The update confirmed; default: the project's latest." }),
  })
  .meta({ id: "ConfirmationRequest" });

export const ConfirmationCreated = z
  .object({ updateId: z.uuid() })
  .meta({ id: "ConfirmationCreated" });

/* Errors */

export const ProblemDetails = z
  .object({
    type: text.meta({ example: "urn:workplan:problem:not_found" }),
    title: text,
    status: z.int(),
    detail: text.meta({ description: "In the language of Accept-Language." }),
    code: z.enum(Object.keys(ERRORS) as [keyof typeof ERRORS, ...(keyof typeof ERRORS)[]]),
    instance: text.optional(),
    errors: z.array(z.object({ field: text, message: text })).optional(),
    reference: text.optional().meta({ description: "Quote it to an administrator (500)." }),
    current: Project.optional().meta({ description: "409: the project as it is now." }),
  })
  .meta({
    id: "ProblemDetails",
    description: "RFC 9457 problem details, with the code of Workplan's error catalogue.",
  });

/* Parameters */

const flag = z.enum(["1", "0"]).optional();

export const ProjectQuery = z.object({
  q: text.optional().meta({ description: "Text search in every language (Cyrillic too)." }),
  area: z
    .union([z.uuid(), z.array(z.uuid())])
    .optional()
    .meta({ description: "Cooperation area id; repeat for several." }),
  place: z
    .union([text, z.array(text)])
    .optional()
    .meta({ description: "Place key (e.g. murmansk); repeat: projects at every one of them." }),
  status: z
    .union([Status, z.array(Status)])
    .optional()
    .meta({ description: "Repeatable." }),
  health: z
    .union([Health, z.array(Health)])
    .optional()
    .meta({ description: "Repeatable." }),
  side: z.enum([...DELEGATIONS, "both"]).optional(),
  plan: z.string().regex(/^\d+$/).optional().meta({ description: "Work plan number." }),
  mine: flag.meta({ description: "1: projects the caller is a contact on." }),
  overdue: flag.meta({ description: "1: end date passed, not completed." }),
  stale: flag.meta({ description: "1: no update since the last meeting or in 90 days." }),
  onesided: flag.meta({ description: "1: only one side has reported." }),
  awaiting: flag.meta({ description: "1: an update awaits the other side's confirmation." }),
  archived: flag.meta({ description: "1: archived projects too." }),
  limit: z
    .string()
    .regex(/^\d+$/)
    .optional()
    .meta({ description: `Items per page, 1–${API_PAGE_MAX} (default ${API_PAGE_DEFAULT}).` }),
  cursor: text.optional().meta({ description: "From the previous page's nextCursor." }),
});

export const ActionItemQuery = ProjectQuery.omit({ limit: true }).extend({
  state: z
    .enum(["open", "overdue", "done", "all"])
    .optional()
    .meta({ description: "Default open." }),
  owner: z.enum(["me"]).optional(),
  general: flag.meta({ description: "1: items linked to no project." }),
});

export const IdempotencyKey = z.string().regex(IDEMPOTENCY_KEY_PATTERN).meta({
  description:
    "Any unique string (a UUID): the same key from the same user within 24 hours answers the first result again and writes nothing.",
});

export const IfMatch = z.string().meta({
  description:
    "The project's ETag or version: a stale one is refused with 409 and the current state.",
});

export const TokenScope = z.enum(TOKEN_SCOPES);
