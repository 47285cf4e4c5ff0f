import type { ReportArea, ReportModel } from "@/lib/brief/types";
import { formatsFor, frame, type PairRow, sections } from "@/lib/print/bilingual";
import type { DocFormat } from "@/lib/print/i18n";
import type { DocLang } from "@/lib/print/languages";
import { localizedRuns } from "@/lib/print/localized";
import { block, para, run, table } from "@/lib/print/model";
import type { Block, DocSpec, Para } from "@/lib/print/types";
import { PROJECT_STATUSES } from "@/lib/vocabulary";
import { placeText, sentence } from "../document-parts";

const h = (text: string, style: "h1" | "h2") => para(text, { style });

function header(f: DocFormat, m: ReportModel): Para[] {
  return [
    para(localizedRuns(m.group.commission, f), { style: "kicker" }),
    para(localizedRuns(m.group.name, f, { bold: true }), { style: "subtitle" }),
    para(f.t("report.documentTitle"), { style: "title" }),
    para(
      run(f.t("brief.period", { from: f.day(m.period.from), to: f.day(m.period.to) }), {
        bold: true,
      }),
    ),
    para(
      `${sentence(f.t("brief.asOf", { date: f.day(m.asOf) }))} ${f.t("brief.prepared", { date: f.momentLong(m.generatedAt) })}`,
      { style: "small" },
    ),
  ];
}

function planLine(f: DocFormat, m: ReportModel): Para {
  if (!m.plan) return para(f.t("brief.noPlan"));
  return para(
    f.t("brief.plan", {
      start: String(m.plan.periodStart),
      end: String(m.plan.periodEnd),
      number: m.plan.number,
      date: m.plan.approvedOn ? f.day(m.plan.approvedOn) : "–",
    }),
  );
}

const areaName = (f: DocFormat, a: ReportArea, bold = false): Para =>
  a.id === null
    ? para(run(f.t("report.total"), { bold: true }))
    : para(localizedRuns(a.name, f, bold ? { bold: true } : {}));

const statusLines = (f: DocFormat, a: ReportArea): Para[] =>
  PROJECT_STATUSES.filter((s) => a.figures.status[s] > 0).map((s) =>
    para(`${f.t(`status.${s}`)}: ${a.figures.status[s]}`, { style: "small" }),
  );

const average = (f: DocFormat, a: ReportArea) =>
  a.averageProgress === null ? "–" : f.percent(a.averageProgress);

function meetingHeading(f: DocFormat, meeting: ReportModel["meetings"][number]): Para {
  return h(
    f.t("report.meeting", {
      number: meeting.number,
      place: placeText(f, meeting.city),
      dates: f.days(meeting.startsOn, meeting.endsOn),
    }),
    "h2",
  );
}

const decisionPara = (f: DocFormat, d: ReportModel["meetings"][number]["decisions"][number]) =>
  para([run(`${d.position}. `, { bold: true }), ...localizedRuns(d.text, f)]);

function single(f: DocFormat, m: ReportModel): Block[] {
  const right = { align: "right" as const };
  return [
    ...header(f, m).map(block),
    block(h(f.t("report.progress"), "h1")),
    block(planLine(f, m)),
    table(
      [
        { width: 150 },
        { width: 55, ...right },
        { width: 120 },
        { width: 88, ...right },
        { width: 70, ...right },
      ],
      [
        f.t("report.area"),
        f.t("report.projects"),
        f.t("report.byStatus"),
        f.t("report.averageProgress"),
        f.t("report.overdue"),
      ],
      [...m.areas, m.total].map((a) => [
        [areaName(f, a)],
        [para(String(a.figures.total), right)],
        statusLines(f, a),
        [para(average(f, a), right)],
        [para(String(a.figures.overdue), right)],
      ]),
    ),
    block(h(f.t("report.decisions"), "h1")),
    ...(m.meetings.length ? [] : [block(para(f.t("report.noMeetings")))]),
    ...m.meetings.flatMap((meeting) => [
      block(meetingHeading(f, meeting)),
      ...(meeting.decisions.length
        ? meeting.decisions.map((d) => block(decisionPara(f, d)))
        : [block(para(f.t("report.noDecisions")))]),
    ]),
  ];
}

function pairs(m: ReportModel): PairRow[] {
  return [
    (f) => header(f, m),
    (f) => [h(f.t("report.progress"), "h1"), planLine(f, m)],
    ...[...m.areas, m.total].map(
      (a): PairRow =>
        (f) => [
          areaName(f, a, true),
          para(
            [
              `${f.t("report.projects")}: ${a.figures.total}`,
              `${f.t("report.averageProgress")}: ${average(f, a)}`,
              `${f.t("report.overdue")}: ${a.figures.overdue}`,
            ].join(" · "),
            { style: "small" },
          ),
          ...statusLines(f, a),
        ],
    ),
    (f) => [
      h(f.t("report.decisions"), "h1"),
      ...(m.meetings.length ? [] : [para(f.t("report.noMeetings"))]),
    ],
    ...m.meetings.flatMap((meeting): PairRow[] => [
      (f) => [
        meetingHeading(f, meeting),
        ...(meeting.decisions.length ? [] : [para(f.t("report.noDecisions"))]),
      ],
      ...meeting.decisions.map(
        (d): PairRow =>
          (f) => [decisionPara(f, d)],
      ),
    ]),
  ];
}

/** The report to the commission in one language or Norwegian and Russian side by side. */
export function reportDocument(model: ReportModel, lang: DocLang): DocSpec {
  const formats = formatsFor(lang, model.timeZone);
  const footer = (f: DocFormat) =>
    `${f.t("report.documentTitle")} · ${f.shortDay(model.period.from)} – ${f.shortDay(model.period.to)}`;
  return {
    ...frame(formats, footer),
    title: formats[0] ? formats[0].t("report.documentTitle") : "",
    subject: formats.map((f) => f.t("report.documentTitle")).join(" / "),
    blocks: sections(formats, (f) => single(f, model), pairs(model)),
  };
}
