import {
  type BrowserContext,
  type BrowserContextOptions,
  test as base,
  expect,
  type Page,
} from "@playwright/test";
import {
  createProject,
  createUser,
  type NewUser,
  type ProjectOptions,
  type UserOptions,
} from "./factories";
import { type Persona, personaFile } from "./personas";

export { expect };

/** A page in a browser of its own (signed out, unless the options carry a session). */
export type NewPage = (options?: BrowserContextOptions) => Promise<Page>;
/** A page in a browser of its own, signed in as the persona (see personas.setup.ts). */
export type PageAs = (persona: Persona, options?: BrowserContextOptions) => Promise<Page>;

interface Fixtures {
  newPage: NewPage;
  pageAs: PageAs;
  /** A user of this test alone (factories.ts). */
  newUser: (options: UserOptions) => Promise<NewUser>;
  /** A project of this test alone; returns its code (factories.ts). */
  newProject: (options: ProjectOptions) => Promise<string>;
}

/**
 * The end-to-end tests' `test`. `pageAs` opens a page already signed in as a demo account, from
 * the session saved once per run, so that only the tests about signing in fill the form; each
 * call is a browser of its own, with its own locale or viewport if given. Every browser opened
 * through these fixtures is closed after the test.
 */
export const test = base.extend<Fixtures>({
  newPage: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  pageAs: async ({ newPage }, use) => {
    await use((persona, options = {}) =>
      newPage({ ...options, storageState: personaFile(persona) }),
    );
  },
  newUser: async ({ newPage, pageAs }, use) => {
    await use((options) => createUser(pageAs, newPage, options));
  },
  newProject: async ({ pageAs }, use) => {
    await use((options) => createProject(pageAs, options));
  },
});
