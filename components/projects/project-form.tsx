"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import { Button, buttonClasses } from "@/components/ui/button";
import { createProjectAction, updateProjectAction } from "@/lib/projects/form-actions";
import { FORM_FIELDS, type ProjectFormValues, type TextKey } from "@/lib/projects/rules";
import type { ProjectFormOptions } from "@/lib/projects/types";
import { MilestoneEditor } from "./milestone-editor";
import { BasicFields, FundingFields, ListFields, PartyFields } from "./project-form-details";
import { FormSection } from "./project-form-parts";
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
  // The version the form was opened on; after a conflict it has been shown, the one now saved.
  const form = useForm(target.mode === "create" ? createProjectAction : updateProjectAction, {
    base: initial.version,
  });
  const failure = form.state.status === "error" ? form.state : null;
  const values = Object.fromEntries(
    FORM_FIELDS.map((field) => [field, form.value(field, initial[field])]),
  ) as ProjectFormValues;
  const errorsFor = form.errors;
  const section = (key: "basics" | "texts" | "parties" | "lists" | "funding" | "milestones") =>
    t(`projectForm.sections.${key}`);

  return (
    <form action={form.action} noValidate className="space-y-5">
      {failure ? <FormProblems failure={failure} options={options} /> : null}
      {target.mode === "create" ? (
        <input type="hidden" name="groupId" value={target.groupId} />
      ) : (
        <input type="hidden" name="projectId" value={target.projectId} />
      )}
      <input type="hidden" name="version" value={form.base} />
      {/* A new key on every answer re-mounts the fields with what was submitted. */}
      <div key={form.key} className="space-y-5">
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
          <ListFields
            values={values}
            errorsFor={errorsFor}
            places={options.places.places}
            base={options.places.base}
          />
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
        <Button type="submit" disabled={form.pending} aria-disabled={form.pending}>
          {form.pending
            ? t("projectForm.saving")
            : target.mode === "create"
              ? t("projectForm.create")
              : t("projectForm.save")}
        </Button>
      </div>
    </form>
  );
}
