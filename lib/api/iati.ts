import { escapeMarkup } from "@/lib/markup";
import type { Locale, ProjectStatus } from "@/lib/vocabulary";

/*
 * A work plan's projects as an IATI 2.03 activity file (iati-activities, one iati-activity per
 * project), written from the IATI Activity Standard 2.03: the elements in the order of its
 * schema's sequence (iati-identifier, reporting-org, title, description, participating-org,
 * activity-status, activity-date, sector), every element the schema requires, codes from the
 * standard's code lists. Pure: the query gives the model (lib/api/queries.ts).
 */

export const IATI_VERSION = "2.03";

/**
 * Workplan's lifecycle in the IATI ActivityStatus code list: 1 Pipeline/identification,
 * 2 Implementation, 3 Finalisation, 4 Closed, 5 Cancelled, 6 Suspended. A proposed and a
 * planned project are both still in the pipeline; Workplan keeps no financial close-out, so
 * a completed project is reported closed (4) and finalisation (3) is not used.
 */
export const IATI_ACTIVITY_STATUS: Record<ProjectStatus, string> = {
  proposed: "1",
  planned: "1",
  in_progress: "2",
  completed: "4",
  cancelled: "5",
  suspended: "6",
};

/** ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
export const IATI_DATE_TYPE = {
  plannedStart: "1",
  actualStart: "2",
  plannedEnd: "3",
  actualEnd: "4",
} as const;

/** OrganisationRole 4: Implementing — the lead organisations. 2: Accountable. */
export const IATI_ROLE = { accountable: "2", implementing: "4" } as const;
/** OrganisationType 10: Government — the commission's working groups are intergovernmental. */
export const IATI_ORGANISATION_TYPE_GOVERNMENT = "10";
/** SectorVocabulary 1: OECD DAC CRS purpose codes (5 digit). */
export const IATI_SECTOR_VOCABULARY_DAC5 = "1";
/** DescriptionType 1: General. */
export const IATI_DESCRIPTION_GENERAL = "1";

export type Texts = Partial<Record<Locale, string | null>>;

export interface IatiActivity {
  code: string;
  title: Texts;
  summary: Texts;
  leadOrgNo: string | null;
  leadOrgRu: string | null;
  status: ProjectStatus;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  /** When anything of the project last changed (ISO). */
  updatedAt: string;
  dacCode: string | null;
  area: Texts;
}

export interface IatiFile {
  organisation: string;
  /** The reporting organisation's name: the working group's, in each language. */
  reportingName: Texts;
  generatedAt: string;
  /** The plan's first day, when a project has no dates of its own (activity-date is required). */
  planStart: string;
  activities: IatiActivity[];
}

const LANGS: Locale[] = ["en", "nb", "ru"];

/** XML 1.0 allows no control characters but tab, newline and carriage return. */
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly those are removed
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

export function escapeXml(text: string): string {
  return escapeMarkup(clean(text));
}

const attrs = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v ?? "")}"`)
    .join("");

function element(
  name: string,
  attributes: Record<string, string | undefined>,
  children: string[] = [],
  indent = "   ",
): string {
  if (!children.length) return `${indent}<${name}${attrs(attributes)}/>`;
  return `${indent}<${name}${attrs(attributes)}>\n${children.join("\n")}\n${indent}</${name}>`;
}

function narratives(texts: Texts, indent: string): string[] {
  return LANGS.flatMap((lang) => {
    const text = texts[lang]?.trim();
    return text ? [`${indent}<narrative xml:lang="${lang}">${escapeXml(text)}</narrative>`] : [];
  });
}

const hasText = (texts: Texts) => LANGS.some((lang) => Boolean(texts[lang]?.trim()));

function activity(file: IatiFile, a: IatiActivity): string {
  const inner = "    ";
  const deep = "     ";
  const title = hasText(a.title) ? a.title : { en: a.code };
  // description is required: the summary, or the title when no summary is written yet.
  const description = hasText(a.summary) ? a.summary : title;
  const leads = [
    a.leadOrgNo?.trim() ? { text: a.leadOrgNo.trim(), lang: "nb" as const } : null,
    a.leadOrgRu?.trim() ? { text: a.leadOrgRu.trim(), lang: "ru" as const } : null,
  ].filter((org) => org !== null);
  const participating = leads.length
    ? leads.map((org) =>
        element(
          "participating-org",
          { role: IATI_ROLE.implementing },
          [`${deep}<narrative xml:lang="${org.lang}">${escapeXml(org.text)}</narrative>`],
          inner,
        ),
      )
    : // At least one is required: the reporting organisation, accountable for the plan.
      [
        element(
          "participating-org",
          {
            ref: file.organisation,
            type: IATI_ORGANISATION_TYPE_GOVERNMENT,
            role: IATI_ROLE.accountable,
          },
          narratives(file.reportingName, deep),
          inner,
        ),
      ];
  const dates: [string, string | null][] = [
    [IATI_DATE_TYPE.plannedStart, a.plannedStart ?? (a.plannedEnd ? null : file.planStart)],
    [IATI_DATE_TYPE.actualStart, a.actualStart],
    [IATI_DATE_TYPE.plannedEnd, a.plannedEnd],
    [IATI_DATE_TYPE.actualEnd, a.actualEnd],
  ];
  const children = [
    `${inner}<iati-identifier>${escapeXml(`${file.organisation}-${a.code}`)}</iati-identifier>`,
    element(
      "reporting-org",
      { ref: file.organisation, type: IATI_ORGANISATION_TYPE_GOVERNMENT },
      narratives(file.reportingName, deep),
      inner,
    ),
    element("title", {}, narratives(title, deep), inner),
    element(
      "description",
      { type: IATI_DESCRIPTION_GENERAL },
      narratives(description, deep),
      inner,
    ),
    ...participating,
    element("activity-status", { code: IATI_ACTIVITY_STATUS[a.status] }, [], inner),
    ...dates
      .filter((d): d is [string, string] => d[1] !== null)
      .map(([type, date]) => element("activity-date", { type, "iso-date": date }, [], inner)),
    ...(a.dacCode
      ? [
          element(
            "sector",
            { vocabulary: IATI_SECTOR_VOCABULARY_DAC5, code: a.dacCode, percentage: "100" },
            narratives(a.area, deep),
            inner,
          ),
        ]
      : []),
  ];
  return element(
    "iati-activity",
    { "last-updated-datetime": a.updatedAt, "xml:lang": "en", hierarchy: "1" },
    children,
    "  ",
  );
}

/** The file: an iati-activities document, version 2.03, one activity per project. */
export function iatiXml(file: IatiFile): string {
  const body = file.activities.map((a) => activity(file, a));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<iati-activities version="${IATI_VERSION}" generated-datetime="${escapeXml(file.generatedAt)}">`,
    ...body,
    `</iati-activities>`,
    "",
  ].join("\n");
}
