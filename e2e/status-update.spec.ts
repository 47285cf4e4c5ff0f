import { GROUP } from "./factories";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

const NOTE = `Испытания ледового класса согласованы с Росморречфлотом ${Date.now()}`;

test("a Russian update is seen by the Norwegian coordinator and confirmed by the Norwegian contact", async ({
  pageAs,
  newProject,
}) => {
  // A project of this test, with delegate.no and delegate.ru as its contacts.
  const code = await newProject({ contactNo: "Anders Mikkelsen", contactRu: "Ольга Петрова" });
  const project = `${GROUP}/projects/${code}`;

  // delegate.ru posts an update with a note in Russian, in the Russian interface.
  const page = await pageAs("delegate.ru");
  await page.goto(project);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expectAccessible(page);
  // The form is behind its button (the one that says whether it is expanded).
  await page.getByRole("button", { name: "Внести обновление статуса", expanded: false }).click();
  const form = page.locator("form", {
    has: page.getByRole("button", { name: "Внести обновление статуса" }),
  });
  await form.getByLabel("Статус", { exact: true }).selectOption("in_progress");
  await form.getByLabel("Состояние", { exact: true }).selectOption("on_track");
  await form.getByLabel("Ход выполнения", { exact: true }).fill("65");
  await form.getByLabel("Комментарий", { exact: true }).fill(NOTE);
  await form.getByRole("button", { name: "Внести обновление статуса" }).click();
  await expect(page.getByText("Обновление статуса внесено.")).toBeVisible();
  await expect(page.getByText(NOTE)).toBeVisible();
  await expect(page.getByText("Ожидается подтверждение норвежской стороны").first()).toBeVisible();

  // coordinator.no sees it in Norwegian, in the list and on the page.
  const coordinator = await pageAs("coordinator.no", { locale: "nb-NO" });
  await coordinator.goto("/g/regional-cooperation/projects?awaiting=1");
  const row = coordinator.locator("tbody tr", { hasText: code });
  await expect(row).toContainText("65 %");
  await expect(row).toContainText("Venter på bekreftelse fra norsk side");
  await coordinator.goto(project);
  await expect(coordinator.locator("html")).toHaveAttribute("lang", "nb");
  // In the history, and in the notice asking the coordinator's side to confirm it.
  await expect(coordinator.getByText(NOTE).first()).toBeVisible();
  await expectAccessible(coordinator);

  // The project's Norwegian contact confirms it.
  const norwegian = await pageAs("delegate.no", { locale: "nb-NO" });
  await norwegian.goto(project);
  await norwegian.getByRole("button", { name: "Bekreft på vegne av norsk side" }).click();
  await expect(norwegian.getByText(/Bekreftet av norsk side/).first()).toBeVisible();
  await expectAccessible(norwegian);

  // delegate.no is not a contact on 2018-21: no update form there.
  await norwegian.goto("/g/regional-cooperation/projects/2018-21");
  await expect(norwegian.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(norwegian.getByRole("button", { name: "Legg inn statusoppdatering" })).toHaveCount(
    0,
  );
  await expect(norwegian.getByRole("link", { name: "Legg inn statusoppdatering" })).toHaveCount(0);
});

// Writes nothing: the refused update leaves the demo's 2018-10 as it is.
test("bad input keeps what was typed and says what is wrong, in the reader's language", async ({
  pageAs,
}) => {
  const page = await pageAs("delegate.no");
  await page.goto("/g/regional-cooperation/projects/2018-10");
  await page.getByRole("button", { name: "Legg inn statusoppdatering" }).click();
  const form = page.locator("form", {
    has: page.getByRole("button", { name: "Lagre statusoppdatering" }),
  });
  const note = "Leverandørmøtet i Vardø er flyttet til uke 12 <script>alert(1)</script>";
  await form.getByLabel("Status", { exact: true }).selectOption("in_progress");
  await form.getByLabel("Tilstand", { exact: true }).selectOption("");
  await form.getByLabel("Fremdrift", { exact: true }).fill("150");
  await form.getByLabel("Merknad", { exact: true }).fill(note);
  await form.getByRole("button", { name: "Lagre statusoppdatering" }).click();
  await expect(form.getByText("Verdien kan være høyst 100.")).toBeVisible();
  await expect(
    form.getByText("Velg tilstand for et planlagt eller pågående prosjekt."),
  ).toBeVisible();
  await expect(form.getByLabel("Merknad", { exact: true })).toHaveValue(note);
  await expect(form.getByLabel("Fremdrift", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectAccessible(page);
});

test("two updates in a row: the second, changing only the note, leaves the status as it was", async ({
  pageAs,
  newProject,
}) => {
  // A project of this test in progress, with delegate.ru as its Russian contact.
  const code = await newProject({
    contactRu: "Ольга Петрова",
    update: { status: "in_progress", health: "on_track", progress: 40 },
  });
  const page = await pageAs("delegate.ru");
  await page.goto(`${GROUP}/projects/${code}`);
  await page.getByRole("button", { name: "Внести обновление статуса", expanded: false }).click();
  const form = page.locator("form", {
    has: page.getByRole("button", { name: "Внести обновление статуса" }),
  });
  const status = form.getByLabel("Статус", { exact: true });
  const progress = form.getByLabel("Ход выполнения", { exact: true });
  await expect(status).toHaveValue("in_progress");

  await progress.fill("72");
  await form.getByLabel("Комментарий", { exact: true }).fill(`Первое обновление ${Date.now()}`);
  await form.getByRole("button", { name: "Внести обновление статуса" }).click();
  await expect(page.getByText("Обновление статуса внесено.")).toBeVisible();
  // The form now shows the project's new state, not the first option of each list.
  await expect(status).toHaveValue("in_progress");
  await expect(progress).toHaveValue("72");

  const second = `Уточнение к обновлению ${Date.now()}`;
  await form.getByLabel("Комментарий", { exact: true }).fill(second);
  await form.getByRole("button", { name: "Внести обновление статуса" }).click();
  await expect(page.getByText(second)).toBeVisible();
  await expect(status).toHaveValue("in_progress");
  await expect(progress).toHaveValue("72");

  // After a reload the project itself is still in progress at 72 %.
  await page.reload();
  await page.getByRole("button", { name: "Внести обновление статуса", expanded: false }).click();
  await expect(status).toHaveValue("in_progress");
  await expect(progress).toHaveValue("72");
  await expect(page.locator("main")).toContainText("Выполняется");
});
