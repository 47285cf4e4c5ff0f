import type {
  BriefActionItem,
  BriefModel,
  BriefNote,
  BriefProject,
  MeetingRef,
  ProjectState,
  Texts,
} from "@/lib/brief/types";
import type { DocFormat } from "@/lib/print/i18n";
import { localizedRuns } from "@/lib/print/localized";
import { para, run } from "@/lib/print/model";
import type { Para, Run } from "@/lib/print/types";

/** Pieces of the brief in one language, shared by the one-language and side-by-side layouts. */

export const meetingLine = (f: DocFormat, m: MeetingRef): Run[] => [
  run(`${f.t("brief.meeting", { number: m.number })} · `),
  ...localizedRuns(m.city, f),
  run(`, ${f.days(m.startsOn, m.endsOn)}`),
];

export function header(f: DocFormat, model: BriefModel, title: string): Para[] {
  const { group, meeting } = model.header;
  const { period } = model;
  const since =
    period.basis === "meeting" && period.previousMeeting
      ? f.t("brief.sinceMeeting", {
          number: period.previousMeeting.number,
          place: placeText(f, period.previousMeeting.city),
          dates: f.days(period.previousMeeting.startsOn, period.previousMeeting.endsOn),
        })
      : period.basis === "plan" && model.plan?.approvedOn
        ? f.t("brief.sincePlan", { date: f.day(model.plan.approvedOn) })
        : f.t("brief.sinceYear");
  return [
    para(localizedRuns(group.commission, f), { style: "kicker" }),
    para(localizedRuns(group.name, f, { bold: true }), { style: "subtitle" }),
    para(title, { style: "title" }),
    para(meetingLine(f, meeting), { style: "subtitle" }),
    para(
      [
        run(f.t("brief.period", { from: f.day(period.from), to: f.day(period.to) }), {
          bold: true,
        }),
      ],
      { style: "body" },
    ),
    para(`${sentence(since)} ${sentence(f.t("brief.asOf", { date: f.day(period.to) }))}`, {
      style: "small",
    }),
    para(f.t("brief.prepared", { date: f.momentLong(model.generatedAt) }), { style: "small" }),
  ];
}

/** Ends a phrase with a full stop unless it already has one (Russian dates end in "г."). */
export const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** A place name as plain text (headings inside messages cannot carry markers). */
export function placeText(f: DocFormat, city: Texts): string {
  return city[f.lang] ?? city.en ?? city.nb ?? city.ru ?? "";
}

export function planLine(f: DocFormat, model: BriefModel): Para {
  const { plan } = model;
  if (!plan) return para(f.t("brief.noPlan"));
  return para(
    f.t("brief.plan", {
      start: String(plan.periodStart),
      end: String(plan.periodEnd),
      number: plan.number,
      date: plan.approvedOn ? f.day(plan.approvedOn) : "–",
    }),
  );
}

/** The key figures as label–value pairs. */
export function keyFigures(f: DocFormat, model: BriefModel): [string, string][] {
  const s = model.summary;
  return [
    [f.t("brief.figures.projects"), String(s.total)],
    [
      f.t("brief.figures.averageProgress"),
      s.averageProgress === null ? "–" : f.percent(s.averageProgress),
    ],
    [f.t("brief.figures.overdue"), String(s.overdue)],
    [f.t("brief.figures.stale"), String(s.stale)],
    [f.t("brief.figures.updated"), String(s.updatedInPeriod)],
  ];
}

export const statusLabel = (f: DocFormat, status: ProjectState["status"]) =>
  f.t(`status.${status}`);
export const healthLabel = (f: DocFormat, health: ProjectState["health"]) =>
  health ? f.t(`health.${health}`) : "–";

export function titleRuns(f: DocFormat, p: Pick<BriefProject, "title">, bold = false): Run[] {
  return localizedRuns(p.title, f, bold ? { bold: true } : {});
}

/** What changed in the period: transitions, the progress delta, or that nothing was posted. */
export function changeParas(f: DocFormat, p: BriefProject): Para[] {
  const out: Para[] = p.transitions.map((x) =>
    para(
      f.t("brief.statusChanged", {
        from: f.inSentence(statusLabel(f, x.from)),
        to: f.inSentence(statusLabel(f, x.to)),
        date: f.momentDay(x.at),
      }),
      { style: "small" },
    ),
  );
  if (p.progressDelta !== 0)
    out.push(
      para(
        f.t("brief.progressChanged", {
          from: f.percent(p.start.progress),
          to: f.percent(p.end.progress),
          delta: f.t("brief.points", { delta: f.signed(p.progressDelta) }),
        }),
        { style: "small" },
      ),
    );
  if (p.updatesInPeriod === 0)
    out.push(para(run(f.t("brief.noUpdate"), { muted: true }), { style: "small" }));
  else {
    if (!out.length) out.push(para(f.t("brief.noChange"), { style: "small" }));
    out.push(
      para(run(f.t("brief.updates", { count: p.updatesInPeriod }), { muted: true }), {
        style: "small",
      }),
    );
  }
  return out;
}

export function overduePara(f: DocFormat, p: BriefProject): Para[] {
  return p.overdue && p.plannedEnd
    ? [
        para(run(f.t("brief.overdueSince", { date: f.shortDay(p.plannedEnd) }), { bold: true }), {
          style: "small",
        }),
      ]
    : [];
}

export function noteParas(f: DocFormat, n: BriefNote): Para[] {
  const meta = [f.momentDay(n.at), `${n.author} (${f.t(`sides.${n.side}`)})`];
  if (n.confirmed) meta.push(f.t("brief.confirmed"));
  // The translation into the document's language, where the note is written in another.
  const tr = n.locale === f.lang ? undefined : n.translations?.find((x) => x.locale === f.lang);
  if (tr) meta.push(f.t("brief.translatedBy", { name: tr.by }));
  const written = (text: string, translated?: string | null) =>
    ({ [n.locale]: text, ...(translated ? { [f.lang]: translated } : {}) }) as Partial<Texts>;
  const out = [para(run(meta.join(" · "), { muted: true }), { style: "small" })];
  if (n.note) out.push(para(localizedRuns(written(n.note, tr?.note), f)));
  if (n.nextSteps)
    out.push(
      para([
        run(`${f.t("fields.nextSteps")}: `, { bold: true }),
        ...localizedRuns(written(n.nextSteps, tr?.nextSteps), f),
      ]),
    );
  return out;
}

export function actionMeta(f: DocFormat, a: BriefActionItem): string[] {
  return [
    a.meetingNumber ? f.t("brief.meetingShort", { number: a.meetingNumber }) : "",
    a.project ? f.t("brief.actions.project", { code: a.project.code }) : "",
  ].filter(Boolean);
}

export const dueText = (f: DocFormat, a: BriefActionItem) =>
  a.dueOn ? f.shortDay(a.dueOn) : f.t("brief.actions.noDue");

export const lastUpdateText = (f: DocFormat, at: string | null) =>
  at ? f.momentDay(at) : f.t("brief.notUpdated.never");
