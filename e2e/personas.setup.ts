import { test as setup } from "@playwright/test";
import { emailOf, PERSONAS, personaFile } from "./personas";
import { signIn } from "./support";

// Runs before the tests (the "personas" project): every demo account signs in through the form
// once, and its session is saved for the tests that act as it (`pageAs` in support.ts).
for (const persona of PERSONAS) {
  setup(`${persona} signs in`, async ({ page }) => {
    await signIn(page, emailOf(persona));
    await page.context().storageState({ path: personaFile(persona) });
  });
}
