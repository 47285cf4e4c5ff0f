"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Field, FieldErrors } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useAppLocale } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { MemberOption, ProjectOption } from "@/lib/meetings/types";

const titleOf = (project: ProjectOption, locale: Locale) =>
  pickLocalized(project.title, locale)?.text ?? "";

/** Projects to link, as checkboxes narrowed by a search over code and every language's title. */
export function ProjectPicker({
  projects,
  initial,
  errors,
}: {
  projects: ProjectOption[];
  initial: readonly string[];
  errors?: string[];
}) {
  const t = useTranslations("meetings.form");
  const locale = useAppLocale();
  const [selected, setSelected] = useState(() => new Set(initial));
  const [query, setQuery] = useState("");
  const errorId = useId();
  const countId = useId();
  const q = query.trim().toLocaleLowerCase();
  const matches = (p: ProjectOption) =>
    !q ||
    [p.code, p.title.nb, p.title.ru, p.title.en].some((text) =>
      text?.toLocaleLowerCase().includes(q),
    );
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const choices = projects.filter((p) => !p.archived || initial.includes(p.id));
  return (
    <fieldset
      aria-describedby={[countId, errors?.length ? errorId : ""].filter(Boolean).join(" ")}
      className="min-w-0 space-y-2"
    >
      <legend className="text-sm font-semibold text-ink">{t("projects")}</legend>
      <Field label={t("findProject")}>
        <Input type="search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      </Field>
      <div className="max-h-56 overflow-y-auto rounded-md border border-line p-1">
        {choices.map((project) => (
          <label
            key={project.id}
            hidden={!matches(project)}
            className="flex cursor-pointer items-start gap-2 rounded px-2 py-1.5 text-sm hover:bg-canvas"
          >
            <input
              type="checkbox"
              name="projectIds"
              value={project.id}
              checked={selected.has(project.id)}
              onChange={(e) => toggle(project.id, e.currentTarget.checked)}
              className="mt-0.5 size-4 shrink-0 accent-accent"
            />
            <span className="min-w-0">
              <span className="font-mono text-xs">{project.code}</span> {titleOf(project, locale)}
              {project.archived ? <span className="text-muted"> ({t("archived")})</span> : null}
            </span>
          </label>
        ))}
      </div>
      <p id={countId} aria-live="polite" className="text-xs text-muted">
        {t("selectedProjects", { count: selected.size })}
      </p>
      <FieldErrors id={errorId} messages={errors} />
    </fieldset>
  );
}

/** One optional project, for a decision or an action item. */
export function ProjectSelect({
  projects,
  initial,
  errors,
}: {
  projects: ProjectOption[];
  initial: string;
  errors?: string[];
}) {
  const t = useTranslations("meetings.form");
  const locale = useAppLocale();
  const choices = projects.filter((p) => !p.archived || p.id === initial);
  return (
    <Field label={t("project")} errors={errors}>
      <Select name="projectId" defaultValue={initial}>
        <option value="">{t("noProject")}</option>
        {choices.map((project) => (
          <option key={project.id} value={project.id}>
            {`${project.code} – ${titleOf(project, locale)}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The owner of an action item: a coordinator or delegate, by delegation. */
export function OwnerSelect({
  members,
  initial,
  current,
  errors,
}: {
  members: MemberOption[];
  initial: string;
  /** The item's owner now, kept as a choice even after leaving the group. */
  current?: { id: string; name: string };
  errors?: string[];
}) {
  const t = useTranslations("meetings");
  const delegations = useTranslations("delegations");
  const owners = members.filter((m) => m.role !== "observer" || m.id === initial);
  const former = current && !owners.some((m) => m.id === current.id) ? current : null;
  return (
    <Field label={t("form.owner")} errors={errors}>
      <Select name="ownerId" defaultValue={initial} required>
        <option value="">{t("form.chooseOwner")}</option>
        {former ? (
          <option value={former.id}>{t("form.formerMember", { name: former.name })}</option>
        ) : null}
        {(["NO", "RU"] as const).map((side) => (
          <optgroup key={side} label={delegations(side)}>
            {owners
              .filter((m) => m.delegation === side)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </optgroup>
        ))}
      </Select>
    </Field>
  );
}
