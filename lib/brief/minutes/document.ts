import type { MinutesModel, Texts } from "@/lib/brief/types";
import { pickLocalized } from "@/lib/i18n/localized";
import { formatsFor, frame, type PairRow, sections } from "@/lib/print/bilingual";
import type { DocFormat } from "@/lib/print/i18n";
import type { DocLang } from "@/lib/print/languages";
import { localizedRuns } from "@/lib/print/localized";
import { block, para, run, table } from "@/lib/print/model";
import type { Block, DocSpec, Para } from "@/lib/print/types";
import type { Delegation } from "@/lib/vocabulary";
import { meetingLine } from "../document-parts";

const h1 = (text: string) => para(text, { style: "h1" });

function header(f: DocFormat, m: MinutesModel): Para[] {
  const { group, meeting } = m.header;
  return [
    para(localizedRuns(group.commission, f), { style: "kicker" }),
    para(localizedRuns(group.name, f, { bold: true }), { style: "subtitle" }),
    para(f.t("brief.minutes.heading", { number: meeting.number }), { style: "title" }),
    para(meetingLine(f, meeting).slice(1), { style: "subtitle" }),
  ];
}

function delegation(f: DocFormat, m: MinutesModel, side: Delegation): Para[] {
  const people = m.attendees.filter((a) => a.delegation === side);
  if (!people.length) return [];
  return [
    para(f.t(`delegations.${side}`), { style: "h3" }),
    ...people.map((a) =>
      para([
        run(a.name, { bold: true }),
        ...(a.position ? [run(`, ${a.position}`, { muted: true })] : []),
      ]),
    ),
  ];
}

const numbered = (f: DocFormat, n: number, text: Partial<Texts>) =>
  para([run(`${n}. `, { bold: true }), ...localizedRuns(text, f)], { indent: 0 });

/** The minutes text in paragraphs, marked as a whole when shown in another language. */
function proceedings(f: DocFormat, minutes: Texts): Para[] {
  const picked = pickLocalized(minutes, f.lang);
  if (!picked) return [para(run(f.t("brief.minutes.noText"), { muted: true }))];
  return picked.text
    .split(/\n\s*\n/)
    .map((text, i) =>
      picked.fallback
        ? para([
            ...(i === 0 ? [run(`${f.t(`brief.missing.${picked.lang}`)} `, { muted: true })] : []),
            run(text.trim(), { italic: true }),
          ])
        : para(text.trim()),
    );
}

function actionCells(f: DocFormat, a: MinutesModel["actionItems"][number]) {
  return {
    text: [
      para(localizedRuns(a.text, f)),
      ...(a.project
        ? [para(f.t("brief.actions.project", { code: a.project }), { style: "small" as const })]
        : []),
    ],
    due: [
      para(a.dueOn ? f.shortDay(a.dueOn) : f.t("brief.actions.noDue")),
      ...(a.doneAt
        ? [
            para(run(f.t("brief.minutes.done", { date: f.momentDay(a.doneAt) }), { muted: true }), {
              style: "small" as const,
            }),
          ]
        : []),
    ],
  };
}

function single(f: DocFormat, m: MinutesModel): Block[] {
  const sides: Delegation[] = f.lang === "ru" ? ["RU", "NO"] : ["NO", "RU"];
  const none = block(para(f.t("brief.minutes.none")));
  return [
    ...header(f, m).map(block),
    block(h1(f.t("brief.minutes.participants"))),
    ...sides.flatMap((side) => delegation(f, m, side)).map(block),
    block(h1(f.t("brief.minutes.agenda"))),
    ...(m.agenda.length ? m.agenda.map((i) => block(numbered(f, i.position, i.title))) : [none]),
    block(h1(f.t("brief.minutes.proceedings"))),
    ...proceedings(f, m.minutes).map(block),
    block(h1(f.t("brief.minutes.decisions"))),
    ...(m.decisions.length
      ? m.decisions.map((d) => block(numbered(f, d.position, d.text)))
      : [none]),
    block(h1(f.t("brief.minutes.actionItems"))),
    m.actionItems.length
      ? table(
          [{ width: 4.4 }, { width: 1.9 }, { width: 1.7 }],
          [f.t("brief.actions.item"), f.t("brief.actions.owner"), f.t("brief.actions.due")],
          m.actionItems.map((a) => {
            const cells = actionCells(f, a);
            return [cells.text, [para(a.owner.name)], cells.due];
          }),
        )
      : none,
  ];
}

/** Paragraphs of the minutes paired one to one when both texts have as many; else whole. */
function proceedingsPairs(formats: DocFormat[], m: MinutesModel): PairRow[] {
  const texts = formats.map((f) => proceedings(f, m.minutes));
  const count = texts[0]?.length ?? 0;
  if (texts.every((t) => t.length === count))
    return Array.from(
      { length: count },
      (_, i): PairRow =>
        (f) => [
          ...(i === 0 ? [h1(f.t("brief.minutes.proceedings"))] : []),
          proceedings(f, m.minutes)[i] ?? para(""),
        ],
    );
  return [(f) => [h1(f.t("brief.minutes.proceedings")), ...proceedings(f, m.minutes)]];
}

function pairs(formats: DocFormat[], m: MinutesModel): PairRow[] {
  const host = m.header.meeting.country;
  const sides: Delegation[] = host === "RU" ? ["RU", "NO"] : ["NO", "RU"];
  const list = <T>(
    key: "agenda" | "decisions",
    items: T[],
    row: (f: DocFormat, item: T) => Para[],
  ) =>
    items.length
      ? items.map(
          (item, i): PairRow =>
            (f) => [...(i === 0 ? [h1(f.t(`brief.minutes.${key}`))] : []), ...row(f, item)],
        )
      : [(f: DocFormat) => [h1(f.t(`brief.minutes.${key}`)), para(f.t("brief.minutes.none"))]];
  return [
    (f) => header(f, m),
    (f) => [h1(f.t("brief.minutes.participants")), ...delegation(f, m, sides[0] ?? "NO")],
    (f) => delegation(f, m, sides[1] ?? "RU"),
    ...list("agenda", m.agenda, (f, i) => [numbered(f, i.position, i.title)]),
    ...proceedingsPairs(formats, m),
    ...list("decisions", m.decisions, (f, d) => [numbered(f, d.position, d.text)]),
    (f) => [
      h1(f.t("brief.minutes.actionItems")),
      ...(m.actionItems.length ? [] : [para(f.t("brief.minutes.none"))]),
    ],
    ...m.actionItems.map(
      (a): PairRow =>
        (f) => {
          const cells = actionCells(f, a);
          return [
            ...cells.text,
            para(
              `${f.t("brief.actions.owner")}: ${a.owner.name} · ${f.t("brief.actions.due")}: ${a.dueOn ? f.shortDay(a.dueOn) : f.t("brief.actions.noDue")}`,
              { style: "small" },
            ),
            ...cells.due.slice(1),
          ];
        },
    ),
  ];
}

/** The minutes of a held meeting as a document in one language or two side by side. */
export function minutesDocument(model: MinutesModel, lang: DocLang): DocSpec {
  const formats = formatsFor(lang, model.timeZone);
  const number = model.header.meeting.number;
  const title = (f: DocFormat) => f.t("brief.minutes.heading", { number });
  return {
    ...frame(formats, title),
    title: formats[0] ? title(formats[0]) : "",
    subject: formats.map((f) => f.t("brief.minutes.documentTitle")).join(" / "),
    blocks: sections(formats, (f) => single(f, model), pairs(formats, model)),
  };
}
