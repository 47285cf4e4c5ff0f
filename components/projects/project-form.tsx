"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { createProjectAction, updateProjectAction } from "@/lib/projects/form-actions";
import type { ProjectFormOptions } from "@/lib/projects/queries";
import { IDLE_FORM, type ProjectFormValues } from "@/lib/projects/rules";
import type { TextKey } from "@/lib/projects/translations";
import { MilestoneEditor } from "./milestone-editor";
import { BasicFields, FundingFields, ListFields, PartyFields } from "./project-form-details";
import { FormSection, useErrorsFor } from "./project-form-parts";
import { FormProblems } from "./project-form-problems";
import { TranslationFields } from "./translation-fields";

type Target = { mode: "create"; groupId: string } | { mode: "edit"; projectId: string };

/**
 * Creates or edits a project. The server validates everything; after a refusal the form shows
 * exactly what was submitted again, with each error next to its field.
 */
export function ProjectForm({
  target,
  initial,
  options,
  outdated = [],
  cancelHref,
}: {
  target: Target;
  initial: ProjectFormValues;
  options: ProjectFormOptions;
  outdated?: readonly TextKey[];
  cancelHref: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(
    target.mode === "create" ? createProjectAction : updateProjectAction,
    IDLE_FORM,
  );
  const failure = state.status === "error" ? state : null;
  const values = failure?.values ?? initial;
  const errorsFor = useErrorsFor(failure?.fieldErrors);
  const section = (key: "basics" | "texts" | "parties" | "lists" | "funding" | "milestones") =>
    t(`projectForm.sections.${key}`);

  return (
    <form action={formAction} noValidate className="space-y-5">
      {failure ? <FormProblems failure={failure} options={options} /> : null}
      {target.mode === "create" ? (
        <input type="hidden" name="groupId" value={target.groupId} />
      ) : (
        <input type="hidden" name="projectId" value={target.projectId} />
      )}
      {/* A new key on every answer re-mounts the fields with what was submitted. */}
      <div key={failure?.attempt ?? "initial"} className="space-y-5">
        <input type="hidden" name="version" value={values.version} />
        <FormSection id="project-basics" title={section("basics")}>
          <BasicFields
            values={values}
            errorsFor={errorsFor}
            areas={options.areas}
            withStatus={target.mode === "create"}
          />
        </FormSection>
        <FormSection
          id="project-texts"
          title={section("texts")}
          description={t("projectForm.hints.texts")}
        >
          <TranslationFields
            field="title"
            values={values}
            outdated={outdated}
            errorsFor={errorsFor}
          />
          <TranslationFields
            field="summary"
            values={values}
            outdated={outdated}
            errorsFor={errorsFor}
            multiline
          />
        </FormSection>
        <FormSection id="project-parties" title={section("parties")}>
          <PartyFields values={values} errorsFor={errorsFor} people={options.people} />
        </FormSection>
        <FormSection id="project-lists" title={section("lists")}>
          <ListFields values={values} errorsFor={errorsFor} />
        </FormSection>
        <FormSection id="project-funding" title={section("funding")}>
          <FundingFields values={values} errorsFor={errorsFor} />
        </FormSection>
        <FormSection
          id="project-milestones"
          title={section("milestones")}
          description={t("projectForm.hints.milestones")}
        >
          <MilestoneEditor initial={values.milestones} errorsFor={errorsFor} />
        </FormSection>
      </div>
      <div className="sticky bottom-0 -mx-4 flex flex-col-reverse gap-2 border-t border-line bg-canvas/95 px-4 py-3 backdrop-blur sm:mx-0 sm:flex-row sm:justify-end sm:rounded-lg sm:border">
        <Link href={cancelHref} className={buttonClasses("secondary")}>
          {t("projectForm.cancel")}
        </Link>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending
            ? t("projectForm.saving")
            : target.mode === "create"
              ? t("projectForm.create")
              : t("projectForm.save")}
        </Button>
      </div>
    </form>
  );
}
