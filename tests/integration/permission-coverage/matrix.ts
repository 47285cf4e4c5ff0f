import type { Database, Transaction } from "@/db/client";
import type { Action } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { World } from "./world";

/**
 * What a persona gets: "allow" passes authorisation (it may still fail later for a domain
 * reason; the matrix builds inputs that should succeed), "forbidden" 403, "not_found" 404,
 * "unauthenticated" 401.
 */
export type Outcome = "allow" | "forbidden" | "not_found" | "unauthenticated";

/** One outcome per persona, in PERSONAS' order. */
export type Expected = readonly [
  admin: Outcome,
  coordinator: Outcome,
  contact: Outcome,
  delegate: Outcome,
  observer: Outcome,
  outsider: Outcome,
  signedOut: Outcome,
];

const A = "allow";
const F = "forbidden";
const N = "not_found";
const U = "unauthenticated";

// Written out by hand from product.md's permission table, never derived from the rules.
//                                                admin coord contact deleg observer outsider out
/** Create, edit and archive projects; plans; meetings; import. */
export const COORDINATORS: Expected = [A, A, F, F, F, N, U];
/** Post a status update (named contacts), confirm one (the other side's contact), mark an action item done (its owner). */
export const CONTACT_OR_COORDINATOR: Expected = [A, A, A, F, F, N, U];
/** Comment on a project. */
export const MEMBERS_BUT_OBSERVERS: Expected = [A, A, A, A, F, N, U];
/** Users, groups, cooperation areas, settings: installation-wide, so no one learns 404. */
export const ADMINS: Expected = [A, F, F, F, F, F, U];
/** An admin-only correction of a group's record: outsiders still learn nothing (404). */
export const ADMINS_IN_GROUP: Expected = [A, F, F, F, F, N, U];
/** Anyone signed in, on their own account only. */
export const SELF: Expected = [A, A, A, A, A, A, U];

export interface CaseContext {
  /** The rolled-back transaction the case runs in: set up the record acted on here. */
  tx: Transaction;
  /** The same transaction, typed as what `execute` takes (nested calls become savepoints). */
  db: Database;
  w: World;
  actor: SessionUser | null;
}

export interface ActionCase {
  /** The permission the definition must declare: a change in the code must change the matrix. */
  permission: Action | "self";
  expected: Expected;
  /** A valid input against the seeded world (it may first create the record it names). */
  input: (c: CaseContext) => unknown | Promise<unknown>;
}
