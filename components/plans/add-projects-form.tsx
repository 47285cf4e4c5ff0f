"use client";

import { ListPlus, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { StatusBadge } from "@/components/projects/badges";
import { FieldErrors, HiddenFields } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LocalizedText } from "@/components/ui/localized-text";
import { addProjectsAction } from "@/lib/plans/form-actions";
import type { CandidateArea } from "@/lib/plans/types";
import type { PlanIds } from "./format";

/** Checkboxes grouped by cooperation area, with a filter over code and titles. */
export function AddProjectsForm({ groupId, planId, areas }: PlanIds & { areas: CandidateArea[] }) {
  const t = useTranslations("plans.add");
  const form = useForm(addProjectsAction);
  const [query, setQuery] = useState("");
  // What a refused submission had ticked comes back ticked (React resets the form after an action).
  const kept = new Set(form.values("projectIds"));
  const [selection, setSelection] = useState({ key: form.key, count: 0 });
  const selected = selection.key === form.key ? selection.count : kept.size;
  const filterId = useId();
  const countId = useId();
  const errorId = useId();
  const needle = query.trim().toLowerCase();
  const added = form.state.status === "success" ? form.state.data.added : null;
  const visible = areas
    .map((area) => ({
      ...area,
      projects: area.projects.filter((p) => !needle || p.search.includes(needle)),
    }))
    .filter((area) => area.projects.length);
  const fieldErrors = form.errors("projectIds");
  return (
    <form
      action={form.action}
      noValidate
      className="space-y-4"
      onChange={(event) => {
        const boxes = event.currentTarget.querySelectorAll('input[name="projectIds"]:checked');
        setSelection({ key: form.key, count: boxes.length });
      }}
    >
      <FormFeedback
        state={form.state}
        saved={added === null ? undefined : t("added", { count: added })}
      />
      <HiddenFields values={{ groupId, planId }} />
      <div className="max-w-md space-y-1">
        <label htmlFor={filterId} className="block text-sm font-medium">
          {t("filter")}
        </label>
        <div className="relative">
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted"
          />
          <Input
            id={filterId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            // Enter in the filter must not submit the selection.
            onKeyDown={(event) => {
              if (event.key === "Enter") event.preventDefault();
            }}
            className="pl-9"
          />
        </div>
      </div>
      <div key={form.key} className="space-y-4">
        {areas.map((area) => {
          const shown = visible.find((v) => v.id === area.id);
          return (
            <fieldset
              key={area.id}
              hidden={!shown}
              aria-describedby={fieldErrors ? errorId : undefined}
              className="space-y-1"
            >
              <legend className="mb-1 text-sm font-semibold">{area.name}</legend>
              <ul className="divide-y divide-line rounded-md border border-line bg-surface">
                {area.projects.map((project) => (
                  <li key={project.id} hidden={!shown?.projects.includes(project)}>
                    <label className="flex cursor-pointer items-start gap-3 px-3 py-2 hover:bg-canvas">
                      <input
                        type="checkbox"
                        name="projectIds"
                        value={project.id}
                        defaultChecked={kept.has(project.id)}
                        className="mt-0.5 size-5 shrink-0 accent-accent"
                      />
                      <span className="min-w-0 flex-1 text-sm">
                        <span className="font-mono text-xs text-muted">{project.code}</span>{" "}
                        <LocalizedText value={project.title} />
                      </span>
                      <span className="hidden sm:block">
                        <StatusBadge status={project.status} />
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
        {visible.length ? null : <p className="text-sm text-muted">{t("noMatch")}</p>}
      </div>
      <FieldErrors id={errorId} messages={fieldErrors} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton
          pending={form.pending}
          busy={t("adding")}
          icon={ListPlus}
          aria-describedby={countId}
        >
          {t("submit")}
        </SubmitButton>
        <p id={countId} aria-live="polite" className="text-sm text-muted">
          {t("selected", { count: selected })}
        </p>
      </div>
    </form>
  );
}
