// Issue 20, item 6: notes in the other language. A note gets a translation; the reader sees their
// language with the original one click away, and the brief uses the translation.
import { GROUP } from "./factories";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

// A project of the approved plan (so in the 7th meeting's brief) whose contacts are delegate.no
// and delegate.ru; no other end-to-end test reads or changes it (db/seed/demo-cycle.ts).
const CODE = "2018-12";
const PROJECT = `${GROUP}/projects/${CODE}`;
const BRIEF = `${GROUP}/meetings/7/brief`;

test("a translated note is shown in the reader's language, with the original one click away, and in the brief", async ({
  pageAs,
}, testInfo) => {
  const stamp = Date.now();
  const noteRu = `Пробные рейсы парома согласованы с портом Киркенеса ${stamp}`;
  const nextRu = `Подписать протокол о намерениях ${stamp}`;
  const noteNb = `Prøveturene med fergen er avtalt med Kirkenes havn ${stamp}`;
  const nextNb = `Signere intensjonsprotokollen ${stamp}`;

  // delegate.ru posts an update with a note in Russian on their project, in the Russian interface.
  const russian = await pageAs("delegate.ru");
  await russian.goto(PROJECT);
  await russian.getByRole("button", { name: "Внести обновление статуса", expanded: false }).click();
  const form = russian.locator("form", {
    has: russian.getByRole("button", { name: "Внести обновление статуса" }),
  });
  await form.getByLabel("Статус", { exact: true }).selectOption("in_progress");
  await form.getByLabel("Состояние", { exact: true }).selectOption("on_track");
  await form.getByLabel("Комментарий", { exact: true }).fill(noteRu);
  await form.getByLabel("Дальнейшие шаги", { exact: true }).fill(nextRu);
  await form.getByRole("button", { name: "Внести обновление статуса" }).click();
  await expect(russian.getByText("Обновление статуса внесено.")).toBeVisible();
  await expect(russian.getByText(noteRu).first()).toBeVisible();

  // The Norwegian contact, asked to confirm it, translates it into Norwegian from the notice.
  const norwegian = await pageAs("delegate.no", { locale: "nb-NO" });
  await norwegian.goto(PROJECT);
  const notice = norwegian.getByRole("region", { name: /venter på din bekreftelse/ });
  await expect(notice.getByText(noteRu)).toBeVisible();
  await notice.getByText("Oversett", { exact: true }).click();
  await expect(notice.getByLabel("Oversett til")).toHaveValue("nb");
  const note = notice.getByLabel("Merknad", { exact: true });
  await expect(note).toHaveAttribute("lang", "nb");
  await note.fill(noteNb);
  await notice.getByLabel("Neste trinn", { exact: true }).fill(nextNb);
  await expectAccessible(norwegian);
  await notice.getByRole("button", { name: "Lagre oversettelsen" }).click();
  await expect(notice.getByText("Oversettelsen til Norsk (bokmål) er lagret.")).toBeVisible();

  // The Norwegian reader now sees the Norwegian text, marked, and the Russian one click away.
  await norwegian.reload();
  const history = norwegian.locator("#history");
  const entry = history.getByRole("listitem").filter({ hasText: noteNb }).first();
  await expect(entry.getByText(noteNb)).toBeVisible();
  await expect(entry.getByText(nextNb)).toBeVisible();
  await expect(entry.getByText(noteNb)).toHaveAttribute("lang", "nb");
  await expect(entry.getByText(/^Oversatt av Anders Mikkelsen, /)).toBeVisible();
  await expect(entry.getByText(noteRu)).toBeHidden();
  await entry.getByText("Vis originalen").click();
  await expect(entry.getByText(noteRu)).toBeVisible();
  await expect(entry.getByText(noteRu)).toHaveAttribute("lang", "ru");
  await expectAccessible(norwegian);
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    await norwegian.setViewportSize({ width, height });
    await entry.scrollIntoViewIfNeeded();
    await norwegian.screenshot({ path: testInfo.outputPath(`history-nb-${width}.png`) });
  }

  // An observer reading in English (no English translation) sees the original, and has no
  // translate form.
  const observer = await pageAs("observer");
  await observer.goto(PROJECT);
  await expect(observer.getByText(noteRu).first()).toBeVisible();
  await expect(observer.getByText("Translate", { exact: true })).toHaveCount(0);

  // The Norwegian brief of the planned meeting uses the translation; side by side, the Russian
  // column keeps the original. Its coordinator sees how many notes still lack a translation.
  const coordinator = await pageAs("coordinator.no", { locale: "nb-NO" });
  await coordinator.goto(`${BRIEF}?lang=nb`);
  await expect(coordinator.getByRole("heading", { level: 1, name: "Møtenotat" })).toBeVisible();
  await expect(coordinator.getByText(noteNb)).toBeVisible();
  await expect(coordinator.getByText(`Neste trinn: ${nextNb}`)).toBeVisible();
  await expect(coordinator.getByText(noteRu)).toHaveCount(0);
  const gaps = coordinator.getByRole("region", { name: "Merknader uten oversettelse" });
  await expect(
    gaps.getByText(/^\d+ merknad(er)? i dette møtenotatet mangler/).first(),
  ).toBeVisible();
  await gaps.screenshot({ path: testInfo.outputPath("brief-gaps-nb.png") });
  await expectAccessible(coordinator);
  await coordinator.goto(`${BRIEF}?lang=nb-ru`);
  await expect(coordinator.getByText(noteNb)).toBeVisible();
  await expect(coordinator.getByText(noteRu)).toBeVisible();
  await expectAccessible(coordinator);
});

test("a Russian reader sees a demo note translated into Russian, with the original a click away", async ({
  pageAs,
}, testInfo) => {
  // The demo's updates confirmed since the 6th meeting were translated by the confirming side
  // (db/seed/demo-cycle.ts); on 2018-08 the Norwegian one reads in Russian for delegate.ru.
  const page = await pageAs("delegate.ru");
  await page.goto(`${GROUP}/projects/2018-08`);
  const history = page.locator("#history");
  await expect(history.getByText(/^Перевод: /).first()).toBeVisible();
  const entry = history
    .getByRole("listitem")
    .filter({ has: page.getByText(/^Перевод: /) })
    .first();
  await expect(entry.getByText("Показать оригинал")).toBeVisible();
  await expectAccessible(page);
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await entry.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`history-ru-${width}.png`) });
  }
});
