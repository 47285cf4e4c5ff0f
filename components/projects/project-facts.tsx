import { Mail } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { ContactPerson, ProjectDetail } from "@/lib/projects/types";
import { ConfirmationState } from "./confirmation-state";
import { formatDay, formatMoment } from "./format";
import { OverdueMarker } from "./project-header";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 py-2 sm:grid-cols-[minmax(0,11rem)_1fr] sm:gap-3 lg:grid-cols-1 lg:gap-0.5">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="min-w-0 text-sm text-ink">{children}</dd>
    </div>
  );
}

function Contact({ person, empty }: { person: ContactPerson | null; empty: ReactNode }) {
  if (!person) return empty;
  return (
    <>
      <a
        href={`mailto:${person.email}`}
        className="inline-flex items-center gap-1 font-medium text-accent hover:underline"
      >
        <Mail aria-hidden className="size-3.5 shrink-0" />
        {person.name}
      </a>
      {person.position ? <span className="block text-muted">{person.position}</span> : null}
    </>
  );
}

function List({ items, empty }: { items: string[]; empty: ReactNode }) {
  if (!items.length) return empty;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {items.map((item) => (
        <li key={item} className="rounded bg-canvas px-1.5 py-0.5">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function ProjectFacts({
  project,
  locale,
  overdue,
}: {
  project: ProjectDetail;
  locale: Locale;
  overdue: boolean;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const empty = <span className="text-muted">{t("project.facts.notRecorded")}</span>;
  const day = (iso: string | null) => (iso ? formatDay(format, iso) : empty);
  const { funding, latestUpdate } = project;
  return (
    <dl className="divide-y divide-line">
      <Fact label={t("fields.area")}>{project.area[locale]}</Fact>
      <Fact label={t("fields.plannedStart")}>{day(project.plannedStart)}</Fact>
      <Fact label={t("fields.plannedEnd")}>
        <span className="inline-flex flex-wrap items-center gap-2">
          {day(project.plannedEnd)}
          {overdue ? <OverdueMarker label={t("project.overdue")} /> : null}
        </span>
      </Fact>
      <Fact label={t("fields.leadOrgNo")}>{project.leadOrgNo ?? empty}</Fact>
      <Fact label={t("fields.leadOrgRu")}>{project.leadOrgRu ?? empty}</Fact>
      <Fact label={t("fields.contactNo")}>
        <Contact person={project.contactNo} empty={empty} />
      </Fact>
      <Fact label={t("fields.contactRu")}>
        <Contact person={project.contactRu} empty={empty} />
      </Fact>
      <Fact label={t("fields.partners")}>
        <List items={project.partners} empty={empty} />
      </Fact>
      <Fact label={t("fields.places")}>
        <List items={project.places.map((place) => place.names[locale])} empty={empty} />
      </Fact>
      <Fact label={t("fields.funding")}>
        {funding
          ? format.number(Number(funding.amount), {
              style: "currency",
              currency: funding.currency,
              maximumFractionDigits: Number.isInteger(Number(funding.amount)) ? 0 : 2,
            })
          : empty}
      </Fact>
      {funding ? <Fact label={t("fields.fundingSource")}>{funding.source ?? empty}</Fact> : null}
      <Fact label={t("fields.lastUpdate")}>
        {latestUpdate ? (
          <div className="space-y-1">
            <p>{formatMoment(format, latestUpdate.createdAt)}</p>
            <ConfirmationState
              confirmation={latestUpdate.confirmation}
              awaiting={project.awaitingConfirmationFrom}
            />
          </div>
        ) : (
          <span className="text-muted">{t("project.facts.noUpdates")}</span>
        )}
      </Fact>
    </dl>
  );
}
