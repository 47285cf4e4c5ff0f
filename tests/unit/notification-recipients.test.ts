/**
 * Who hears of what (issue 14): every event, for members of every role and side, in and out of
 * the group. Only members ever hear, never the person who acted, and "awaiting your
 * confirmation" goes to exactly those the permission module lets confirm the update.
 */
import { describe, expect, it } from "vitest";
import { decide } from "@/lib/auth/permissions";
import { type GroupEvent, type Member, recipientsOf } from "@/lib/notifications/recipients";
import { CATEGORY_OF, DEFAULT_DELIVERY, deliveryFor } from "@/lib/notifications/rules";
import { EMAIL_DELIVERIES, NOTIFICATION_CATEGORIES, NOTIFICATION_KINDS } from "@/lib/vocabulary";

const m = (
  userId: string,
  role: Member["role"],
  delegation: Member["delegation"],
  isAdmin = false,
) => ({ userId, role, delegation, isAdmin }) satisfies Member;

// The group: both sides' coordinators, the project's two contacts, another delegate per side,
// an observer per side. "outsider" is a contact on paper but not a member (left the group).
const MEMBERS: Member[] = [
  m("coordNO", "coordinator", "NO"),
  m("coordRU", "coordinator", "RU"),
  m("contactNO", "delegate", "NO"),
  m("contactRU", "delegate", "RU"),
  m("delegateNO", "delegate", "NO"),
  m("delegateRU", "delegate", "RU"),
  m("observerNO", "observer", "NO"),
  m("observerRU", "observer", "RU"),
];
const EVERYONE = MEMBERS.map((x) => x.userId);
const PROJECT = { contactNoId: "contactNO", contactRuId: "contactRU" };

type Expected = Record<string, string>;

const CASES: { name: string; event: GroupEvent; expected: Expected }[] = [
  {
    name: "the Russian contact posts an update",
    event: {
      type: "statusUpdate.posted",
      actorId: "contactRU",
      project: PROJECT,
      authorDelegation: "RU",
    },
    expected: {
      contactNO: "update_awaiting_confirmation",
      coordNO: "update_awaiting_confirmation",
    },
  },
  {
    name: "the Norwegian contact posts an update",
    event: {
      type: "statusUpdate.posted",
      actorId: "contactNO",
      project: PROJECT,
      authorDelegation: "NO",
    },
    expected: {
      contactRU: "update_awaiting_confirmation",
      coordRU: "update_awaiting_confirmation",
    },
  },
  {
    name: "the Norwegian coordinator posts an update (the Norwegian contact is told)",
    event: {
      type: "statusUpdate.posted",
      actorId: "coordNO",
      project: PROJECT,
      authorDelegation: "NO",
    },
    expected: {
      contactRU: "update_awaiting_confirmation",
      coordRU: "update_awaiting_confirmation",
      contactNO: "project_updated",
    },
  },
  {
    name: "the Russian coordinator posts on a project whose Russian contact left the group",
    event: {
      type: "statusUpdate.posted",
      actorId: "coordRU",
      project: { contactNoId: "contactNO", contactRuId: "outsider" },
      authorDelegation: "RU",
    },
    expected: {
      contactNO: "update_awaiting_confirmation",
      coordNO: "update_awaiting_confirmation",
    },
  },
  {
    name: "a project without a Norwegian contact: only the Norwegian coordinator can confirm",
    event: {
      type: "statusUpdate.posted",
      actorId: "contactRU",
      project: { contactNoId: null, contactRuId: "contactRU" },
      authorDelegation: "RU",
    },
    expected: { coordNO: "update_awaiting_confirmation" },
  },
  {
    name: "an update is confirmed: its author hears",
    event: { type: "statusUpdate.confirmed", actorId: "contactNO", authorId: "contactRU" },
    expected: { contactRU: "update_confirmed" },
  },
  {
    name: "an update by someone who has left the group is confirmed: nobody hears",
    event: { type: "statusUpdate.confirmed", actorId: "contactNO", authorId: "outsider" },
    expected: {},
  },
  {
    name: "a delegate comments: both contacts hear",
    event: { type: "comment.added", actorId: "delegateNO", project: PROJECT },
    expected: { contactNO: "comment_added", contactRU: "comment_added" },
  },
  {
    name: "a contact comments: the other contact hears, not the commenter",
    event: { type: "comment.added", actorId: "contactRU", project: PROJECT },
    expected: { contactNO: "comment_added" },
  },
  {
    name: "contacts change: the added and the removed hear, the unchanged do not",
    event: {
      type: "project.contactsChanged",
      actorId: "coordNO",
      before: PROJECT,
      after: { contactNoId: "delegateNO", contactRuId: "contactRU" },
    },
    expected: { delegateNO: "contact_added", contactNO: "contact_removed" },
  },
  {
    name: "a coordinator makes themselves a contact: nobody else hears",
    event: {
      type: "project.contactsChanged",
      actorId: "coordNO",
      before: { contactNoId: null, contactRuId: "contactRU" },
      after: { contactNoId: "coordNO", contactRuId: "contactRU" },
    },
    expected: {},
  },
  {
    name: "the planned end moves",
    event: { type: "project.endMoved", actorId: "coordRU", project: PROJECT },
    expected: { contactNO: "end_date_moved", contactRU: "end_date_moved" },
  },
  {
    name: "a project is archived",
    event: { type: "project.archived", actorId: "coordNO", project: PROJECT },
    expected: { contactNO: "project_archived", contactRU: "project_archived" },
  },
  {
    name: "an action item is given to a delegate",
    event: { type: "actionItem.assigned", actorId: "coordNO", ownerId: "delegateRU" },
    expected: { delegateRU: "action_item_assigned" },
  },
  {
    name: "a coordinator gives an action item to themselves",
    event: { type: "actionItem.assigned", actorId: "coordNO", ownerId: "coordNO" },
    expected: {},
  },
  {
    name: "an action item falls due in three days",
    event: { type: "actionItem.dueSoon", ownerId: "observerNO" },
    expected: { observerNO: "action_item_due_soon" },
  },
  {
    name: "an action item is overdue, its owner no longer a member",
    event: { type: "actionItem.overdue", ownerId: "outsider" },
    expected: {},
  },
  ...(["scheduled", "moved", "cancelled", "briefReady"] as const).map((what) => ({
    name: `a meeting is ${what}: every member but the coordinator who did it`,
    event: { type: `meeting.${what}`, actorId: "coordRU" } as GroupEvent,
    expected: Object.fromEntries(
      EVERYONE.filter((id) => id !== "coordRU").map((id) => [
        id,
        what === "briefReady" ? "brief_ready" : `meeting_${what}`,
      ]),
    ),
  })),
  {
    name: "a work plan is approved",
    event: { type: "plan.approved", actorId: "coordNO" },
    expected: Object.fromEntries(
      EVERYONE.filter((id) => id !== "coordNO").map((id) => [id, "plan_approved"]),
    ),
  },
];

describe("recipients of group events", () => {
  it.each(CASES)("$name", ({ event, expected }) => {
    const got = Object.fromEntries(recipientsOf(event, MEMBERS).map((r) => [r.userId, r.kind]));
    expect(got).toEqual(expected);
  });

  it("never reaches anyone outside the group, whatever the event", () => {
    const outsiders = [m("outsider", "delegate", "NO"), m("admin", "coordinator", "RU", true)];
    for (const { event } of CASES) {
      const ids = recipientsOf(event, MEMBERS).map((r) => r.userId);
      for (const o of outsiders) expect(ids).not.toContain(o.userId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("asks for confirmation from exactly those the permission module lets confirm", () => {
    for (const side of ["NO", "RU"] as const) {
      const event: GroupEvent = {
        type: "statusUpdate.posted",
        actorId: side === "NO" ? "contactNO" : "contactRU",
        project: PROJECT,
        authorDelegation: side,
      };
      const asked = recipientsOf(event, MEMBERS)
        .filter((r) => r.kind === "update_awaiting_confirmation")
        .map((r) => r.userId)
        .sort();
      const mayConfirm = MEMBERS.filter(
        (x) =>
          decide(
            { id: x.userId, isAdmin: x.isAdmin, delegation: x.delegation },
            "project.confirmUpdate",
            {
              role: x.role,
              project: PROJECT,
              update: { authorDelegation: side },
            },
          ) === "allow",
      )
        .map((x) => x.userId)
        .sort();
      expect(asked).toEqual(mayConfirm);
    }
  });
});

describe("email delivery per preference", () => {
  it("follows the defaults: confirmations, reminders and account at once, the rest daily", () => {
    expect(DEFAULT_DELIVERY).toEqual({
      confirmations: "immediate",
      reminders: "immediate",
      account: "immediate",
      projects: "daily",
      actionItems: "daily",
      meetings: "daily",
      plans: "daily",
    });
    for (const kind of NOTIFICATION_KINDS)
      expect(deliveryFor(kind, {})).toBe(DEFAULT_DELIVERY[CATEGORY_OF[kind]]);
  });

  it.each(NOTIFICATION_CATEGORIES.flatMap((c) => EMAIL_DELIVERIES.map((d) => [c, d] as const)))(
    "a user who chose %s: %s gets exactly that for every kind in it, defaults elsewhere",
    (category, delivery) => {
      for (const kind of NOTIFICATION_KINDS) {
        const expected =
          CATEGORY_OF[kind] === category ? delivery : DEFAULT_DELIVERY[CATEGORY_OF[kind]];
        expect(deliveryFor(kind, { [category]: delivery }), kind).toBe(expected);
      }
    },
  );
});
