import { describe, expect, it } from "vitest";
import {
  type Action,
  type Actor,
  type Decision,
  decide,
  GROUP_ACTIONS,
  INSTALLATION_ACTIONS,
  type PermissionContext,
} from "@/lib/auth/permissions";
import type { GroupRole } from "@/lib/vocabulary";

const ME = "11111111-1111-4111-8111-111111111111";
const SOMEONE_ELSE = "22222222-2222-4222-8222-222222222222";

type Persona = "admin" | "coordinator" | "delegate" | "observer" | "nonMember";
type Ownership = "own" | "other";

const actor = (persona: Persona): Actor => ({
  id: ME,
  isAdmin: persona === "admin",
  delegation: "RU",
});
const role = (persona: Persona): GroupRole | null =>
  persona === "admin" || persona === "nonMember" ? null : persona;

/**
 * "own": the actor (Russian) is the project's named Russian contact, the action item's owner,
 * and the update to confirm was posted by the Norwegian side. "other": none of these — the
 * update was posted by the actor's own (Russian) side.
 */
function context(persona: Persona, ownership: Ownership): PermissionContext {
  const mine = ownership === "own";
  return {
    role: role(persona),
    project: { contactNoId: SOMEONE_ELSE, contactRuId: mine ? ME : SOMEONE_ELSE },
    update: { authorDelegation: mine ? "NO" : "RU" },
    actionItem: { ownerId: mine ? ME : SOMEONE_ELSE },
    // Evidence on a status update of the project, uploaded by the actor or by someone else.
    document: { target: "evidence", uploaderId: mine ? ME : SOMEONE_ELSE },
  };
}

const A = "allow";
const F = "forbidden";
const N = "not_found";

// Written out by hand from product.md's table, not derived from the rules under test.
// Columns: admin, coordinator, delegate, observer, non-member — for own / other resources.
const MATRIX: Record<
  Action,
  Record<Ownership, [Decision, Decision, Decision, Decision, Decision]>
> = {
  "group.read": { own: [A, A, A, A, N], other: [A, A, A, A, N] },
  "project.updateStatus": { own: [A, A, A, F, N], other: [A, A, F, F, N] },
  "project.confirmUpdate": { own: [A, A, A, F, N], other: [A, F, F, F, N] },
  "statusUpdate.translate": { own: [A, A, A, F, N], other: [A, A, F, F, N] },
  "project.comment": { own: [A, A, A, F, N], other: [A, A, A, F, N] },
  "project.manage": { own: [A, A, F, F, N], other: [A, A, F, F, N] },
  "plan.manage": { own: [A, A, F, F, N], other: [A, A, F, F, N] },
  "meeting.manage": { own: [A, A, F, F, N], other: [A, A, F, F, N] },
  "actionItem.complete": { own: [A, A, A, F, N], other: [A, A, F, F, N] },
  "project.import": { own: [A, A, F, F, N], other: [A, A, F, F, N] },
  "audit.read": { own: [A, A, F, F, N], other: [A, A, F, F, N] },
  "document.attach": { own: [A, A, A, F, N], other: [A, A, F, F, N] },
  "document.delete": { own: [A, A, A, F, N], other: [A, A, F, F, N] },
  "admin.manage": { own: [A, F, F, F, F], other: [A, F, F, F, F] },
};

const PERSONAS: Persona[] = ["admin", "coordinator", "delegate", "observer", "nonMember"];

describe("permission matrix", () => {
  it("covers every action the module knows", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...GROUP_ACTIONS, ...INSTALLATION_ACTIONS].sort());
  });

  const cases = (Object.keys(MATRIX) as Action[]).flatMap((action) =>
    (["own", "other"] as const).flatMap((ownership) =>
      PERSONAS.map((persona, column) => ({
        action,
        ownership,
        persona,
        expected: MATRIX[action][ownership][column] as Decision,
      })),
    ),
  );

  it.each(cases)(
    "$persona · $action · $ownership resource → $expected",
    ({ action, ownership, persona, expected }) => {
      expect(decide(actor(persona), action, context(persona, ownership))).toBe(expected);
    },
  );

  it("lets a delegate update a project only as one of its two named contacts", () => {
    const delegate: Actor = { id: ME, isAdmin: false, delegation: "NO" };
    const asNorwegianContact = {
      role: "delegate" as const,
      project: { contactNoId: ME, contactRuId: SOMEONE_ELSE },
    };
    const asRussianContact = {
      role: "delegate" as const,
      project: { contactNoId: SOMEONE_ELSE, contactRuId: ME },
    };
    const noProjectFacts = { role: "delegate" as const };
    expect(decide(delegate, "project.updateStatus", asNorwegianContact)).toBe("allow");
    expect(decide(delegate, "project.updateStatus", asRussianContact)).toBe("allow");
    expect(decide(delegate, "project.updateStatus", noProjectFacts)).toBe("forbidden");
  });

  it("lets only the other side's contact confirm an update, not the same side's contact", () => {
    const russian: Actor = { id: ME, isAdmin: false, delegation: "RU" };
    const project = { contactNoId: SOMEONE_ELSE, contactRuId: ME };
    expect(
      decide(russian, "project.confirmUpdate", {
        role: "delegate",
        project,
        update: { authorDelegation: "NO" },
      }),
    ).toBe("allow");
    expect(
      decide(russian, "project.confirmUpdate", {
        role: "delegate",
        project,
        update: { authorDelegation: "RU" },
      }),
    ).toBe("forbidden");
    // A Russian delegate who is not the project's Russian contact cannot confirm for the Russian side.
    const notContact = { contactNoId: SOMEONE_ELSE, contactRuId: SOMEONE_ELSE };
    expect(
      decide(russian, "project.confirmUpdate", {
        role: "delegate",
        project: notContact,
        update: { authorDelegation: "NO" },
      }),
    ).toBe("forbidden");
  });

  it("lets a note be translated by its author or the other side's contact, not the same side's", () => {
    const russian: Actor = { id: ME, isAdmin: false, delegation: "RU" };
    const project = { contactNoId: SOMEONE_ELSE, contactRuId: ME };
    const as = (update: PermissionContext["update"], role: GroupRole = "delegate") =>
      decide(russian, "statusUpdate.translate", { role, project, update });
    // The author, even when not (or no longer) a contact of the project.
    expect(
      decide(russian, "statusUpdate.translate", {
        role: "delegate",
        project: { contactNoId: SOMEONE_ELSE, contactRuId: SOMEONE_ELSE },
        update: { authorDelegation: "RU", authorId: ME },
      }),
    ).toBe("allow");
    // The Russian contact, of a Norwegian note.
    expect(as({ authorDelegation: "NO", authorId: SOMEONE_ELSE })).toBe("allow");
    // The Russian contact, of another Russian's note: not the other side.
    expect(as({ authorDelegation: "RU", authorId: SOMEONE_ELSE })).toBe("forbidden");
    // A coordinator of either side; an observer, never, even as the author.
    expect(as({ authorDelegation: "RU", authorId: SOMEONE_ELSE }, "coordinator")).toBe("allow");
    expect(as({ authorDelegation: "RU", authorId: ME }, "observer")).toBe("forbidden");
  });

  it("does not let an observer named as a contact post updates", () => {
    const observer: Actor = { id: ME, isAdmin: false, delegation: "NO" };
    expect(
      decide(observer, "project.updateStatus", {
        role: "observer",
        project: { contactNoId: ME, contactRuId: null },
      }),
    ).toBe("forbidden");
  });
});
