"use client";

import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import type { Delegation, ProjectHealth, ProjectStatus } from "@/lib/vocabulary";
import { HealthMark, ProgressBar, StatusMark } from "./badges";
import { ARCHIVED, OVERDUE, STALE } from "./row-flags";

/**
 * One row of the project list as compact data: the page's React payload carries these arrays
 * instead of the rows' rendered elements (see docs/performance.md, "project list"). Texts are
 * already in the reader's language and dates already formatted on the server.
 */
export type CompactRow = [
  code: string,
  /** Title, or "" when no language has one. */
  title: string,
  /** The title's language when it is not the reader's, else "". */
  fallback: string,
  area: number,
  status: ProjectStatus,
  health: ProjectHealth | 0,
  progress: number,
  /** 1 archived, 2 overdue, 4 stale. */
  flags: number,
  awaiting: Delegation | 0,
  contactNo: string,
  contactRu: string,
  /** Last update, formatted; "" when never. */
  updated: string,
];

export interface RowLabels {
  status: Record<ProjectStatus, string>;
  health: Record<ProjectHealth, string>;
  awaiting: Record<Delegation, string>;
  archived: string;
  overdue: string;
  stale: string;
  never: string;
  progress: string;
  missingTitle: string;
  translationMissing: string;
}

function Title({ text, lang, labels }: { text: string; lang: string; labels: RowLabels }) {
  if (!text) return <span className="text-muted italic">{labels.missingTitle}</span>;
  if (!lang) return <>{text}</>;
  return (
    <>
      <span lang={lang}>{text}</span>{" "}
      <span className="fallback-lang">
        <abbr title={labels.translationMissing} className="no-underline">
          {lang.toUpperCase()}
        </abbr>
        <span className="sr-only">, {labels.translationMissing}</span>
      </span>
    </>
  );
}

/** The list's rows, rendered from compact data (styles: app/globals.css, .plist). */
export function ProjectRows({
  rows,
  areas,
  labels,
  basePath,
  linkQuery = "",
}: {
  rows: CompactRow[];
  areas: string[];
  labels: RowLabels;
  basePath: string;
  /** Added to each project's link ("?update=1"). */
  linkQuery?: string;
}) {
  return (
    <tbody>
      {rows.map((row) => {
        const [
          code,
          title,
          lang,
          area,
          status,
          health,
          progress,
          flags,
          awaiting,
          no,
          ru,
          updated,
        ] = row;
        const contacts = [no, ru].filter(Boolean).join(" · ");
        return (
          <tr key={code}>
            <td>{code}</td>
            <td>
              <Link href={`${basePath}/${encodeURIComponent(code)}${linkQuery}`} prefetch={false}>
                <Title text={title} lang={lang} labels={labels} />
              </Link>
              <p>
                {areas[area]}
                {flags & ARCHIVED ? <span className="strong">{labels.archived}</span> : null}
                {flags & OVERDUE ? (
                  <span className="bad">
                    <Icon name="clock" />
                    {labels.overdue}
                  </span>
                ) : null}
                {flags & STALE ? <span className="warn">{labels.stale}</span> : null}
                {awaiting ? (
                  <span>
                    <Icon name="hourglass" />
                    {labels.awaiting[awaiting]}
                  </span>
                ) : null}
              </p>
              <p className="m">
                {code}
                <StatusMark status={status} label={labels.status[status]} />
                <HealthMark health={health || null} label={health ? labels.health[health] : ""} />
                <ProgressBar value={progress} label={labels.progress} />
              </p>
              {contacts ? <p className="c">{contacts}</p> : null}
            </td>
            <td>
              <StatusMark status={status} label={labels.status[status]} />
            </td>
            <td>
              <HealthMark health={health || null} label={health ? labels.health[health] : ""} />
            </td>
            <td>
              <ProgressBar value={progress} />
            </td>
            <td>
              {no || "–"}
              <br />
              {ru || "–"}
            </td>
            <td>{updated || labels.never}</td>
          </tr>
        );
      })}
    </tbody>
  );
}
