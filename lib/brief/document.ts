import { CLOSED } from "@/lib/brief/rules";
import type { BriefActionItem, BriefArea, BriefModel, BriefProject } from "@/lib/brief/types";
import type { BriefDocument } from "@/lib/documents/types";
import { TABLE_HEALTHS } from "@/lib/map/rules";
import { regionMapSvg } from "@/lib/map/view";
import { formatsFor, frame, type PairRow, sections } from "@/lib/print/bilingual";
import type { DocFormat } from "@/lib/print/i18n";
import type { DocLang } from "@/lib/print/languages";
import { localizedRuns } from "@/lib/print/localized";
import { block, pageBreak, para, run, table } from "@/lib/print/model";
import type { Block, DocSpec, Para } from "@/lib/print/types";
import { PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";
import {
  actionMeta,
  changeParas,
  dueText,
  header,
  healthLabel,
  keyFigures,
  lastUpdateText,
  noteParas,
  overduePara,
  planLine,
  statusLabel,
  titleRuns,
} from "./document-parts";

const h = (text: string, style: "h1" | "h2" | "h3") => para(text, { style });
const small = (text: string) => para(text, { style: "small" });

/** An agenda item's projects on one line: codes and titles. */
const agendaProjects = (f: DocFormat, item: BriefModel["agenda"][number]): Para[] =>
  item.projects.length
    ? [
        para(
          item.projects.flatMap((p, i) => [run(`${i ? "; " : ""}${p.code} `), ...titleRuns(f, p)]),
          { style: "small" },
        ),
      ]
    : [];

const agendaTitle = (f: DocFormat, item: BriefModel["agenda"][number]): Para =>
  para([
    run(`${item.position}. `, { bold: true }),
    ...localizedRuns(item.title, f, { bold: true }),
  ]);

/** The meeting's agenda, which the brief opens with: each item and the projects it is about. */
function agendaSingle(f: DocFormat, m: BriefModel): Block[] {
  if (!m.agenda.length) return [];
  return [
    block(h(f.t("brief.agenda"), "h1")),
    ...m.agenda.flatMap((item) => [agendaTitle(f, item), ...agendaProjects(f, item)].map(block)),
  ];
}

const agendaPairs = (m: BriefModel): PairRow[] =>
  m.agenda.length
    ? [
        (f) => [h(f.t("brief.agenda"), "h1")],
        ...m.agenda.map(
          (item): PairRow =>
            (f) => [agendaTitle(f, item), ...agendaProjects(f, item)],
        ),
      ]
    : [];

/** Completed and cancelled projects take one line: what they were, not their whole story. */
const closed = (p: BriefProject) => CLOSED.includes(p.end.status);

function summarySingle(f: DocFormat, m: BriefModel): Block[] {
  const s = m.summary;
  const right = { align: "right" as const };
  return [
    block(h(f.t("brief.summary"), "h1")),
    block(planLine(f, m)),
    ...(m.scope === "active" ? [block(small(f.t("brief.activeOnly")))] : []),
    table(
      [{ width: 4 }, { width: 1, ...right }],
      [f.t("brief.figures.label"), f.t("brief.figures.value")],
      keyFigures(f, m).map(([label, value]) => [[para(label)], [para(value, right)]]),
    ),
    block(h(f.t("brief.figures.byStatus"), "h3")),
    table(
      PROJECT_STATUSES.map(() => ({ width: 1, ...right })),
      PROJECT_STATUSES.map((st) => statusLabel(f, st)),
      [PROJECT_STATUSES.map((st) => [para(String(s.status[st]), right)])],
    ),
    block(h(f.t("brief.figures.byHealth"), "h3")),
    table(
      [...PROJECT_HEALTHS, "unrated"].map(() => ({ width: 1, ...right })),
      [...PROJECT_HEALTHS.map((x) => healthLabel(f, x)), f.t("brief.figures.unrated")],
      [
        [...PROJECT_HEALTHS.map((x) => s.health[x]), s.healthUnrated].map((n) => [
          para(String(n), right),
        ]),
      ],
    ),
  ];
}

const summaryPairs = (m: BriefModel): PairRow[] => [
  (f) => [
    h(f.t("brief.summary"), "h1"),
    planLine(f, m),
    ...(m.scope === "active" ? [small(f.t("brief.activeOnly"))] : []),
  ],
  (f) =>
    keyFigures(f, m).map(([label, value]) => para([run(`${label}: `), run(value, { bold: true })])),
  (f) => [
    h(f.t("brief.figures.byStatus"), "h3"),
    ...PROJECT_STATUSES.map((st) => para(`${statusLabel(f, st)}: ${m.summary.status[st]}`)),
  ],
  (f) => [
    h(f.t("brief.figures.byHealth"), "h3"),
    ...PROJECT_HEALTHS.map((x) => para(`${healthLabel(f, x)}: ${m.summary.health[x]}`)),
    para(`${f.t("brief.figures.unrated")}: ${m.summary.healthUnrated}`),
  ],
];

/**
 * The overview map of the brief's projects (by their health at the cut-off) with its table:
 * names on the map in the document's first language, the table's names in each.
 */
function mapBlocks(formats: DocFormat[], m: BriefModel): Block[] {
  const places = m.places ?? [];
  const [first] = formats;
  if (!first || !places.length) return [];
  const both = (text: (f: DocFormat) => string) => [...new Set(formats.map(text))].join(" / ");
  const title = both((f) => f.t("map.title"));
  const map = regionMapSvg(places, {
    locale: first.lang,
    title,
    featureName: (key) => first.t(`map.features.${key}`),
  });
  const right = { align: "right" as const };
  const figures: Block[] = map.markers
    ? [
        {
          kind: "figure",
          svg: map.svg,
          width: map.width,
          height: map.height,
          alt: both((f) => f.t("map.documentLabel", { count: map.markers })),
        },
        block(small(both((f) => f.t("map.brief.note")))),
      ]
    : [];
  return [
    pageBreak,
    block(h(title, "h1")),
    ...figures,
    table(
      [
        { width: 3 },
        { width: 1.2, ...right },
        ...TABLE_HEALTHS.map(() => ({ width: 1.3, ...right })),
      ],
      [
        both((f) => f.t("map.table.place")),
        both((f) => f.t("map.table.projects")),
        ...TABLE_HEALTHS.map((x) =>
          both((f) => (x === "unrated" ? f.t("map.unrated") : healthLabel(f, x))),
        ),
      ],
      places.map((p) => {
        const rated = PROJECT_HEALTHS.reduce((sum, x) => sum + p.health[x], 0);
        return [
          [para(both((f) => p.names[f.lang]))],
          [para(String(p.total), right)],
          ...TABLE_HEALTHS.map((x) => [
            para(String(x === "unrated" ? p.total - rated : p.health[x]), right),
          ]),
        ];
      }),
    ),
  ];
}

/** A document added in the period: its title as a link, its language, when, and if it is evidence. */
function documentPara(f: DocFormat, d: BriefDocument, baseUrl: string): Para {
  const facts = [
    d.language ? f.t(`languages.${d.language}`) : null,
    d.evidence ? f.t("brief.documents.evidence") : null,
    f.momentDay(d.createdAt),
  ].filter(Boolean);
  return para(
    [
      run(d.title, { link: `${baseUrl}${d.href}` }),
      run(` · ${facts.join(" · ")}`, { muted: true }),
    ],
    {
      style: "small",
    },
  );
}

function documentsSingle(f: DocFormat, area: BriefArea, baseUrl: string): Block[] {
  const withDocuments = area.projects.filter((p) => p.documents?.length);
  if (!withDocuments.length) return [];
  return [
    block(h(f.t("brief.documents.title"), "h2")),
    ...withDocuments.flatMap((p) => [
      block(para([run(`${p.code} `), ...titleRuns(f, p)], { style: "h3" })),
      ...(p.documents ?? []).map((d) => block(documentPara(f, d, baseUrl))),
    ]),
  ];
}

function areaSingle(f: DocFormat, area: BriefArea, baseUrl: string): Block[] {
  const withNotes = area.projects.filter((p) => p.notes.length && !closed(p));
  return [
    block(para(localizedRuns(area.name, f), { style: "h1" })),
    block(small(f.t("counts.projects", { count: area.projects.length }))),
    table(
      // Widths in points of A4's text width: the longest status word must fit its column.
      [{ width: 50 }, { width: 140 }, { width: 92 }, { width: 64, align: "right" }, { width: 137 }],
      [
        f.t("brief.columns.code"),
        f.t("brief.columns.project"),
        f.t("brief.columns.status"),
        f.t("brief.columns.progress"),
        f.t("brief.columns.change"),
      ],
      area.projects.map((p) => [
        [para(p.code)],
        [para(titleRuns(f, p)), ...overduePara(f, p)],
        [
          para(statusLabel(f, p.end.status)),
          ...(p.end.health
            ? [para(run(healthLabel(f, p.end.health), { muted: true }), { style: "small" })]
            : []),
        ],
        [para(f.percent(p.end.progress), { align: "right" })],
        changeParas(f, p),
      ]),
    ),
    ...(withNotes.length ? [block(h(f.t("brief.notes"), "h2"))] : []),
    ...withNotes.flatMap((p) => [
      block(para([run(`${p.code} `), ...titleRuns(f, p)], { style: "h3" })),
      ...p.notes.flatMap((n) => noteParas(f, n).map(block)),
    ]),
    ...documentsSingle(f, area, baseUrl),
  ];
}

const areaPairs = (area: BriefArea, baseUrl: string): PairRow[] => [
  (f) => [
    para(localizedRuns(area.name, f), { style: "h1" }),
    small(f.t("counts.projects", { count: area.projects.length })),
  ],
  ...area.projects.flatMap((p): PairRow[] =>
    closed(p) ? [(f) => [closedLine(f, p)]] : openPairs(p, baseUrl),
  ),
];

/** A completed or cancelled project in one line: code, title, status and its last update. */
function closedLine(f: DocFormat, p: BriefProject): Para {
  return para(
    [
      run(`${p.code} `, { bold: true }),
      ...titleRuns(f, p, true),
      run(` · ${statusLabel(f, p.end.status)}`),
      ...(p.lastUpdateAt ? [run(` · ${lastUpdateText(f, p.lastUpdateAt)}`, { muted: true })] : []),
    ],
    { style: "body" },
  );
}

const openPairs = (p: BriefProject, baseUrl: string): PairRow[] => [
  (f) => [
    para([run(`${p.code} `, { bold: true }), ...titleRuns(f, p, true)], { style: "body" }),
    para(
      [
        `${f.t("brief.columns.status")}: ${statusLabel(f, p.end.status)}`,
        p.end.health ? `${f.t("fields.health")}: ${healthLabel(f, p.end.health)}` : "",
        `${f.t("brief.columns.progress")}: ${f.percent(p.end.progress)}`,
      ]
        .filter(Boolean)
        .join(" · "),
      { style: "small" },
    ),
    ...overduePara(f, p),
    ...changeParas(f, p),
  ],
  ...p.notes.map(
    (n, i): PairRow =>
      (f) => [...(i === 0 ? [h(f.t("brief.notes"), "h3")] : []), ...noteParas(f, n)],
  ),
  ...(p.documents?.length
    ? [
        (f: DocFormat) => [
          h(f.t("brief.documents.title"), "h3"),
          ...(p.documents ?? []).map((d) => documentPara(f, d, baseUrl)),
        ],
      ]
    : []),
];

function actionTable(f: DocFormat, items: BriefActionItem[]): Block {
  return table(
    [{ width: 4.2 }, { width: 1.8 }, { width: 1.3 }, { width: 1.2 }],
    [
      f.t("brief.actions.item"),
      f.t("brief.actions.owner"),
      f.t("brief.actions.due"),
      f.t("brief.actions.meeting"),
    ],
    items.map((a) => [
      [
        para(localizedRuns(a.text, f)),
        ...(a.project ? [small(f.t("brief.actions.project", { code: a.project.code }))] : []),
      ],
      [para(a.owner.name)],
      [para(dueText(f, a))],
      [para(a.meetingNumber ? f.t("brief.meetingShort", { number: a.meetingNumber }) : "–")],
    ]),
  );
}

function actionsSingle(f: DocFormat, m: BriefModel): Block[] {
  const { overdue, open } = m.actionItems;
  const out: Block[] = [block(h(f.t("brief.actions.title"), "h1"))];
  if (!overdue.length && !open.length) out.push(block(para(f.t("brief.actions.none"))));
  if (overdue.length)
    out.push(
      block(h(f.t("brief.actions.overdue", { count: overdue.length }), "h2")),
      actionTable(f, overdue),
    );
  if (open.length)
    out.push(
      block(h(f.t("brief.actions.open", { count: open.length }), "h2")),
      actionTable(f, open),
    );
  out.push(block(h(f.t("brief.notUpdated.title"), "h1")));
  if (!m.notUpdated.length) out.push(block(para(f.t("brief.notUpdated.none"))));
  else
    out.push(
      table(
        [{ width: 1 }, { width: 4.5 }, { width: 1.6 }, { width: 1.8 }],
        [
          f.t("brief.columns.code"),
          f.t("brief.columns.project"),
          f.t("brief.columns.status"),
          f.t("brief.notUpdated.lastUpdate"),
        ],
        m.notUpdated.map((p) => [
          [para(p.code)],
          [para(titleRuns(f, p))],
          [para(statusLabel(f, p.end.status))],
          [para(lastUpdateText(f, p.lastUpdateAt))],
        ]),
      ),
    );
  return out;
}

function actionPairs(m: BriefModel): PairRow[] {
  const { overdue, open } = m.actionItems;
  const item =
    (a: BriefActionItem): PairRow =>
    (f) => [
      para(localizedRuns(a.text, f)),
      small(
        [
          `${f.t("brief.actions.owner")}: ${a.owner.name}`,
          `${f.t("brief.actions.due")}: ${dueText(f, a)}`,
          ...actionMeta(f, a),
        ].join(" · "),
      ),
    ];
  const group = (key: "overdue" | "open", items: BriefActionItem[]): PairRow[] =>
    items.length
      ? [(f) => [h(f.t(`brief.actions.${key}`, { count: items.length }), "h2")], ...items.map(item)]
      : [];
  return [
    (f) => [
      h(f.t("brief.actions.title"), "h1"),
      ...(overdue.length || open.length ? [] : [para(f.t("brief.actions.none"))]),
    ],
    ...group("overdue", overdue),
    ...group("open", open),
    (f) => [
      h(f.t("brief.notUpdated.title"), "h1"),
      ...(m.notUpdated.length ? [] : [para(f.t("brief.notUpdated.none"))]),
    ],
    ...m.notUpdated.map(
      (p): PairRow =>
        (f) => [
          para([run(`${p.code} `, { bold: true }), ...titleRuns(f, p)]),
          small(
            `${f.t("brief.columns.status")}: ${statusLabel(f, p.end.status)} · ${f.t("brief.notUpdated.lastUpdate")}: ${lastUpdateText(f, p.lastUpdateAt)}`,
          ),
        ],
    ),
  ];
}

/** The brief laid out for print: one language, or Norwegian and Russian side by side. */
export function briefDocument(
  model: BriefModel,
  lang: DocLang,
  /** Where links to documents start: the app's address in files, nothing on the page. */
  { baseUrl = "" }: { baseUrl?: string } = {},
): DocSpec {
  const formats = formatsFor(lang, model.period.timeZone);
  const number = model.header.meeting.number;
  const titleOf = (f: DocFormat) => f.t("brief.documentTitle");
  const blocks: Block[] = [
    ...sections(
      formats,
      (f) => [
        ...header(f, model, titleOf(f)).map(block),
        ...agendaSingle(f, model),
        ...summarySingle(f, model),
      ],
      [(f) => header(f, model, titleOf(f)), ...agendaPairs(model), ...summaryPairs(model)],
    ),
    ...mapBlocks(formats, model),
    ...model.areas.flatMap((area) => [
      pageBreak,
      ...sections(formats, (f) => areaSingle(f, area, baseUrl), areaPairs(area, baseUrl)),
    ]),
    pageBreak,
    ...sections(formats, (f) => actionsSingle(f, model), actionPairs(model)),
  ];
  const first = formats[0];
  return {
    ...frame(formats, (f) => `${titleOf(f)} · ${f.t("brief.meeting", { number })}`),
    title: first ? `${titleOf(first)} – ${first.t("brief.meeting", { number })}` : "",
    subject: formats.map((f) => f.t("brief.documentTitle")).join(" / "),
    blocks,
  };
}
