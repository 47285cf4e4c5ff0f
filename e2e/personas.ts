// The demo accounts the end-to-end tests act as (db/seed/demo-accounts.ts). Each signs in once
// per run, through the form (personas.setup.ts); tests then open pages with the saved session.

export const PERSONAS = [
  "admin",
  "coordinator.no",
  "coordinator.ru",
  "delegate.no",
  "delegate.ru",
  "observer",
  "delegate.other",
] as const;

export type Persona = (typeof PERSONAS)[number];

export const emailOf = (persona: Persona) => `${persona}@workplan.test`;

/** The port of this run's server; another port lets two runs share a machine. */
export const E2E_PORT = Number(process.env.WORKPLAN_E2E_PORT ?? 3100);

/**
 * Where a persona's browser state (its session cookie) is saved: git-ignored, one folder per
 * port, rewritten every run (the database, and so every session, is new each run).
 */
export const personaFile = (persona: Persona) => `.data/e2e-personas-${E2E_PORT}/${persona}.json`;
