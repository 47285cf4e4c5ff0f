// Meetings that reach people (issue 14): a coordinator sees who has not updated what before a
// meeting and presses "Send reminder now"; the contacts find the reminder in their inbox; the
// brief is published; the meeting is cancelled and stays read-only.
//
// The last test reads the reminder mails themselves: on the run's mail server (e2e/mail.ts),
// which sends through the run's own SMTP server.
import type { Page } from "@playwright/test";
import { GROUP, unique } from "./factories";
import { lastMailId, linkIn, MAIL_URL, mailsTo, type SunkMail } from "./mail";
import { expectAccessible, signIn } from "./support";
import { expect, test } from "./test";

const addDays = (days: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** A date as the app writes it in Norwegian ("12. januar 2031"). */
const norwegianDay = (iso: string) =>
  new Intl.DateTimeFormat("nb-NO", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T12:00:00Z`));

/**
 * Plans a meeting through the form (as a Norwegian coordinator), far enough ahead
 * that nothing else in the run is about it; returns its page's address.
 */
async function planMeeting(page: Page, cutoff: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.goto(`${GROUP}/meetings/new`);
    await page.getByLabel("Første dag", { exact: true }).fill(addDays(400));
    await page.getByLabel("Siste dag", { exact: true }).fill(addDays(401));
    await page.getByLabel("By (norsk)", { exact: true }).fill("Vardø");
    await page.getByLabel("By (russisk)", { exact: true }).fill("Вардё");
    await page.getByLabel("Frist for oppdateringer (skjæringsdato)").fill(cutoff);
    await page.getByRole("button", { name: "Planlegg møtet" }).click();
    // The number is the group's next; a test planning at the same moment may take it first.
    const planned = await page
      .waitForURL(/\/meetings\/\d+$/, { timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    if (planned) return new URL(page.url()).pathname;
  }
  throw new Error("could not plan a meeting");
}

/** A project of this test in the demo group: its contacts are delegate.no and delegate.ru. */
async function projectOfTwoDelegates(page: Page) {
  const code = `E2E-${unique()}`;
  await page.goto(`${GROUP}/projects/new`);
  await page.getByLabel("Kode", { exact: true }).fill(code);
  await page.getByLabel("Samarbeidsområde", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Tittel (norsk)", { exact: true }).fill(`Påminnelse ${code}`);
  await page.getByLabel("Tittel (russisk)", { exact: true }).fill(`Напоминание ${code}`);
  await page.getByLabel("Kontaktperson, norsk side").selectOption({ label: "Anders Mikkelsen" });
  await page.getByLabel("Kontaktperson, russisk side").selectOption({ label: "Ольга Петрова" });
  await page.getByRole("button", { name: "Opprett prosjekt" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${code}$`));
  return code;
}

const remindersSection = (page: Page) =>
  page.getByRole("region", { name: "Oppdateringer før møtet" });

test("a coordinator sees who has not updated, sends a reminder once, publishes the brief and cancels the meeting", async ({
  pageAs,
  newProject,
}) => {
  const code = await newProject({ contactNo: "Anders Mikkelsen", contactRu: "Ольга Петрова" });
  const cutoff = addDays(380);
  const coordinator = await pageAs("coordinator.no");
  const meeting = await planMeeting(coordinator, cutoff);

  // The meeting's page: when updates are due, its calendar entry, who has not updated what.
  await expect(
    coordinator.getByText(`Frist for oppdateringer: ${norwegianDay(cutoff)}`),
  ).toBeVisible();
  await expect(coordinator.getByRole("link", { name: "Legg til i kalenderen" })).toHaveAttribute(
    "href",
    `${meeting}/calendar`,
  );
  const section = remindersSection(coordinator);
  await expect(section).toBeVisible();
  const contacts = section.getByRole("list", {
    name: "Kontaktpersoner med prosjekter som må oppdateres",
  });
  for (const name of ["Anders Mikkelsen", "Ольга Петрова"])
    await expect(
      contacts
        .getByRole("listitem")
        .filter({ hasText: name })
        .getByRole("link", { name: new RegExp(code) }),
    ).toBeVisible();
  await expect(
    section
      .getByRole("list", { name: /uten oppdatering fra noen av sidene$/ })
      .getByRole("link", { name: new RegExp(code) }),
  ).toBeVisible();
  await expectAccessible(coordinator);

  // Send reminder now: confirmed first, then refused for an hour.
  await section.getByRole("button", { name: "Send påminnelse nå" }).click();
  await expect(section.getByRole("button", { name: "Ja, send påminnelsen" })).toBeFocused();
  await expectAccessible(coordinator);
  await section.getByRole("button", { name: "Ja, send påminnelsen" }).click();
  await expect(
    section.getByText(/^Påminnelsen ble sendt til \d+ kontaktpersoner?\.$/),
  ).toBeVisible();
  await expect(section.getByRole("button", { name: "Send påminnelse nå" })).toBeDisabled();
  await expect(section.getByText(/Det kan sendes én påminnelse i timen/)).toBeVisible();
  await coordinator.reload();
  await expect(
    remindersSection(coordinator).getByText(/^Siste påminnelse ble sendt /),
  ).toBeVisible();
  await expect(
    remindersSection(coordinator).getByRole("button", { name: "Send påminnelse nå" }),
  ).toBeDisabled();

  // The Norwegian contact finds it in the inbox, with this meeting's cut-off.
  const delegate = await pageAs("delegate.no");
  await delegate.goto("/inbox");
  await expect(
    delegate.getByText(new RegExp(`trenger en oppdatering fra deg innen ${norwegianDay(cutoff)}`)),
  ).toBeVisible();

  // The brief is published, once.
  await coordinator.getByRole("button", { name: "Send ut møtenotatet" }).click();
  await coordinator.getByRole("button", { name: "Ja, send ut møtenotatet" }).click();
  await expect(
    coordinator.getByText(/^Møtenotatet ble sendt ut til arbeidsgruppen /),
  ).toBeVisible();
  await expect(coordinator.getByRole("button", { name: "Send ut møtenotatet" })).toHaveCount(0);

  // The cut-off is edited with the details: on or before the first day.
  await coordinator.getByRole("link", { name: "Rediger opplysninger" }).click();
  const cutoffField = coordinator.getByLabel("Frist for oppdateringer (skjæringsdato)");
  await expect(cutoffField).toHaveValue(cutoff);
  await cutoffField.fill(addDays(402));
  await coordinator.getByRole("button", { name: "Lagre" }).click();
  await expect(
    coordinator.getByText("Fristen kan ikke være etter møtets første dag."),
  ).toBeVisible();
  await expect(cutoffField).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(coordinator);
  await coordinator.getByRole("link", { name: "Avbryt" }).click();
  await expect(coordinator).toHaveURL(new RegExp(`${meeting}$`));

  // Cancelled: said so, read-only, no reminders, listed apart.
  await coordinator.getByRole("button", { name: "Avlys møtet" }).click();
  await expect(coordinator.getByRole("button", { name: "Ja, avlys møtet" })).toBeFocused();
  await coordinator.getByRole("button", { name: "Ja, avlys møtet" }).click();
  await expect(
    coordinator.getByText("Møtet er avlyst. Det som er registrert,", { exact: false }),
  ).toBeVisible();
  await expect(remindersSection(coordinator)).toHaveCount(0);
  await expect(coordinator.getByRole("link", { name: "Rediger opplysninger" })).toHaveCount(0);
  await expect(coordinator.getByRole("button", { name: "Legg til sak" })).toHaveCount(0);
  await expect(coordinator.getByRole("button", { name: "Merk som avholdt" })).toHaveCount(0);
  await expect(coordinator.getByRole("link", { name: "Legg til i kalenderen" })).toHaveCount(0);
  await expectAccessible(coordinator);
  await coordinator.goto(`${GROUP}/meetings`);
  const number = meeting.split("/").at(-1);
  await expect(
    coordinator
      .getByRole("region", { name: "Avlyste" })
      .getByRole("link", { name: `${number}. møte` }),
  ).toBeVisible();
  await expectAccessible(coordinator);

  // Everyone in the group heard of it.
  await delegate.goto("/inbox");
  await expect(delegate.getByText(new RegExp(`${number}\\. møte .* er avlyst`))).toBeVisible();
});

test("a planned meeting's reminders read well in Russian at phone width", async ({ pageAs }) => {
  const page = await pageAs("coordinator.ru", { viewport: { width: 390, height: 844 } });
  await page.goto(`${GROUP}/meetings/7`);
  const section = page.getByRole("region", { name: "Обновления перед заседанием" });
  await expect(section).toBeVisible();
  await expect(section.getByRole("button", { name: "Отправить напоминание сейчас" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Добавить в календарь" })).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

test("delegates see neither the reminders nor the coordinators' steps", async ({ pageAs }) => {
  const page = await pageAs("delegate.no");
  await page.goto(`${GROUP}/meetings/7`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("7. møte");
  await expect(remindersSection(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Avlys møtet" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send ut møtenotatet" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Legg til i kalenderen" })).toBeVisible();
});

test("the group's reminder days are whole days from 1 to 60", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin/groups");
  await admin
    .getByRole("link", { name: "Working group for regional and cross-border cooperation" })
    .click();
  const field = admin.getByLabel("Reminders before a meeting (days before the cut-off)");
  await expect(field).toHaveValue("14, 3");
  await field.fill("14, 61");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(
    admin.getByText("Enter whole days from 1 to 60, separated by commas."),
  ).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(admin);
  await admin.reload();
  await expect(
    admin.getByLabel("Reminders before a meeting (days before the cut-off)"),
  ).toHaveValue("14, 3");
});

test("Send reminder now mails a reminder to each contact with projects to update", async ({
  newPage,
}) => {
  const page = await newPage({ baseURL: MAIL_URL });
  await signIn(page, "coordinator.no@workplan.test");
  const code = await projectOfTwoDelegates(page);
  const cutoff = addDays(390);
  const meeting = await planMeeting(page, cutoff);

  // Whom the button will reach, as the page lists them.
  const section = remindersSection(page);
  const listed = section
    .getByRole("list", { name: "Kontaktpersoner med prosjekter som må oppdateres" })
    .locator(":scope > li")
    .filter({ hasNotText: "ikke lenger medlem" });
  const reachable = await listed.count();
  expect(reachable).toBeGreaterThanOrEqual(2);

  // What the sink holds already: only newer mails count.
  const mark = await lastMailId();

  await page.goto(meeting);
  await section.getByRole("button", { name: "Send påminnelse nå" }).click();
  await section.getByRole("button", { name: "Ja, send påminnelsen" }).click();
  const sent = section.getByText(/^Påminnelsen ble sendt til (\d+) kontaktpersoner?\.$/);
  await expect(sent).toBeVisible();
  const count = Number((await sent.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBe(reachable);

  // The worker mails them after the commit: each reachable contact gets one reminder. (The
  // hourly planner may meanwhile remind of a demo meeting whose cut-off is 14 or 3 days away,
  // the group's reminder days; this one's is over a year away, in a later year, and every
  // subject names the cut-off with its year.)
  const reminders = async (): Promise<SunkMail[]> =>
    (await mailsTo()).filter(
      (m) =>
        m.id > mark &&
        /trenger en oppdatering|требу|need(s)? an update/i.test(m.subject) &&
        m.subject.includes(cutoff.slice(0, 4)),
    );
  await expect.poll(async () => (await reminders()).length, { timeout: 30_000 }).toBe(count);
  const mails = await reminders();
  expect(new Set(mails.flatMap((m) => m.to)).size).toBe(count);
  const recipients = mails.flatMap((m) => m.to);
  expect(recipients).toContain("delegate.no@workplan.test");
  expect(recipients).toContain("delegate.ru@workplan.test");
  // Bulk mail in the RFC 8058 sense: one click unsubscribes.
  for (const mail of mails) expect(mail.listUnsubscribe).toMatch(/\/unsubscribe\//);

  // Delegate.ru's, in Russian, lists this test's project and leads to it.
  const russian = mails.find((m) => m.to.includes("delegate.ru@workplan.test"));
  expect(russian?.text).toContain(`${code} «Напоминание ${code}»`);
  // The contact is asked to update: the link opens the project with its update form open.
  const link = linkIn(russian as SunkMail, new RegExp(`/projects/${code}\\?update=1$`));
  expect(link).toBe(`${MAIL_URL}${GROUP}/projects/${code}?update=1`);
  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`/projects/${code}\\?update=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Påminnelse ${code}`);
  await expect(
    page.getByRole("button", { name: "Legg inn statusoppdatering", expanded: true }),
  ).toBeVisible();
  // The mail itself, as a mail client shows its HTML part.
  const reader = await newPage();
  await reader.setContent(russian?.html ?? "");
  await expect(reader.getByText(new RegExp(`${code} «Напоминание ${code}»`))).toBeVisible();
  await expect(reader.locator("html")).toHaveAttribute("lang", "ru");
  await expectAccessible(reader);
});
