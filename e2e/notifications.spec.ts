import { GROUP, unique } from "./factories";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

// The Russian delegate's status update reaches the Norwegian counterpart: the bell counts it, the
// inbox (in Norwegian) lists it, the entry leads to the project, and the counterpart confirms.
// The counterpart is a user of this test alone, so the counts are exact whatever runs alongside.
test("a Russian update reaches the Norwegian counterpart through the bell and the inbox", async ({
  pageAs,
  newUser,
  newProject,
}) => {
  const counterpart = await newUser({
    name: `Kari Nordmann ${unique()}`,
    locale: "nb",
    delegation: "NO",
    role: "delegate",
    browser: { locale: "nb-NO" },
  });
  const code = await newProject({ contactNo: counterpart.name, contactRu: "Ольга Петрова" });
  const page = counterpart.page;

  // Named as the project's contact (and the account's own news): some notifications already.
  await page.goto(`${GROUP}/my`);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  const bell = page.getByRole("link", { name: /^Varsler,/ });
  const before = Number((await bell.getAttribute("aria-label"))?.match(/(\d+) ulest/)?.[1]);
  expect(before).toBeGreaterThanOrEqual(1);
  const unread = (n: number) =>
    n === 0 ? "Varsler, ingen uleste" : `Varsler, ${n} ${n === 1 ? "ulest" : "uleste"}`;
  await expect(bell).toHaveAccessibleName(unread(before));

  // delegate.ru posts an update in the Russian interface.
  const russian = await pageAs("delegate.ru");
  await russian.goto(`${GROUP}/projects/${code}`);
  await russian.getByRole("button", { name: "Внести обновление статуса", expanded: false }).click();
  const form = russian.locator("form", {
    has: russian.getByRole("button", { name: "Внести обновление статуса" }),
  });
  await form.getByLabel("Статус", { exact: true }).selectOption("in_progress");
  await form.getByLabel("Состояние", { exact: true }).selectOption("on_track");
  await form.getByLabel("Ход выполнения", { exact: true }).fill("35");
  await form.getByRole("button", { name: "Внести обновление статуса" }).click();
  await expect(russian.getByText("Обновление статуса внесено.")).toBeVisible();

  // The counterpart's bell counts it on the next page they open, with a visible number.
  await page.reload();
  await expect(bell).toHaveAccessibleName(unread(before + 1));
  await expect(page.getByTestId("bell-count")).toHaveText(String(before + 1));

  // The inbox, in Norwegian: the newest entry first, marked unread in words.
  await bell.click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole("heading", { level: 1, name: "Varsler" })).toBeVisible();
  await expect(page.getByText(`${before + 1} uleste varsler`)).toBeVisible();
  const entries = page.locator("main li");
  await expect(entries).toHaveCount(before + 1);
  const entry = entries.first();
  await expect(entry).toContainText("Ulest");
  await expect(entry).toContainText(
    `Ольга Петрова la inn en statusoppdatering på ${code} «Testprosjekt ${code}» som venter på din bekreftelse`,
  );
  await expect(entry).toContainText("Arbeidsgruppen for regionalt og grensenært samarbeid");
  const named = entries.filter({ hasText: `Du er nå kontaktperson for ${code}` });
  await expect(named).toHaveCount(1);
  await expectAccessible(page);

  // Following the entry marks it read and opens the project, where the counterpart confirms.
  await entry.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/projects/${code}$`));
  await expect(bell).toHaveAccessibleName(unread(before));
  await page.getByRole("button", { name: "Bekreft på vegne av norsk side" }).click();
  await expect(page.getByText(/Bekreftet av norsk side/).first()).toBeVisible();

  // Back in the inbox, on a phone: the followed entry is read; one more is marked read here,
  // then all the rest.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/inbox");
  await expect(entries.first()).not.toContainText("Ulest");
  await expect(named).toContainText("Ulest");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await named.getByRole("button", { name: "Merk som lest" }).click();
  await expect(named).not.toContainText("Ulest");
  await expect(bell).toHaveAccessibleName(unread(before - 1));
  await page.getByRole("button", { name: "Merk alle som lest" }).click();
  await expect(bell).toHaveAccessibleName(unread(0));
  await expect(page.getByTestId("bell-count")).toHaveCount(0);
  await expect(page.locator("main li", { hasText: "Ulest" })).toHaveCount(0);
  await page.goto("/inbox?show=unread");
  await expect(page.getByText("Ingen uleste varsler.")).toBeVisible();

  // The Russian delegate hears that the update was confirmed, in Russian.
  await russian.goto("/inbox");
  await expect(russian.getByRole("heading", { level: 1, name: "Уведомления" })).toBeVisible();
  await expect(
    russian.getByRole("link", {
      name: `${counterpart.name}: ваше обновление статуса по проекту ${code} «Тестовый проект ${code}» подтверждено`,
    }),
  ).toBeVisible();
  await expectAccessible(russian);
});
