"use client";

import { useTranslations } from "next-intl";
import { type FieldSource, FormField } from "@/components/forms/form-field";
import { PlacePicker } from "@/components/places/place-picker";
import { Input, Options, Select, Textarea } from "@/components/ui/input";
import { useAppLocale } from "@/lib/i18n/client";
import type { PickerPlace, PlacePicker as PlacePickerData } from "@/lib/places/types";
import { INITIAL_STATUSES, type ProjectFormValues } from "@/lib/projects/rules";
import type { AreaOption, PersonOption } from "@/lib/projects/types";
import { CURRENCIES, type Delegation } from "@/lib/vocabulary";
import { controlId, type ErrorsFor } from "./project-form-parts";

interface SectionProps {
  values: ProjectFormValues;
  errorsFor: ErrorsFor;
}

type Labelled =
  | "code"
  | "area"
  | "status"
  | "plannedStart"
  | "plannedEnd"
  | "leadOrgNo"
  | "leadOrgRu"
  | "contactNo"
  | "contactRu"
  | "partners"
  | "fundingAmount"
  | "fundingCurrency"
  | "fundingSource";

/**
 * A section's fields for FormField: bound to the form's values and errors, labelled
 * `fields.<key>`, named `key` unless `name` says otherwise, the control's id from its name.
 */
function useFields({ values, errorsFor }: SectionProps) {
  const t = useTranslations("fields");
  const form: FieldSource = {
    value: (name) => values[name as keyof ProjectFormValues] ?? "",
    errors: errorsFor,
  };
  return (key: Labelled, name: string = key) => ({
    form,
    name,
    label: t(key),
    id: controlId(name),
  });
}

/** Code, area, initial status and planned dates. */
export function BasicFields({
  areas,
  withStatus,
  ...section
}: SectionProps & { areas: AreaOption[]; withStatus: boolean }) {
  const t = useTranslations();
  const field = useFields(section);
  const locale = useAppLocale();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField {...field("code")} hint={t("projectForm.hints.code")}>
        <Input
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          className="font-mono"
        />
      </FormField>
      <FormField {...field("area", "areaId")}>
        <Select required>
          <option value="">{t("projectForm.choose")}</option>
          {areas.map((area) => {
            const name = { nb: area.nameNb, ru: area.nameRu, en: area.nameEn }[locale];
            return (
              <option key={area.id} value={area.id}>
                {area.archived ? t("projectForm.archivedArea", { name }) : name}
              </option>
            );
          })}
        </Select>
      </FormField>
      {withStatus ? (
        <FormField {...field("status")} hint={t("projectForm.hints.status")}>
          <Select>
            <Options values={INITIAL_STATUSES} label={(status) => t(`status.${status}`)} />
          </Select>
        </FormField>
      ) : null}
      <div className="grid gap-4 sm:col-span-2 sm:grid-cols-2">
        {(["plannedStart", "plannedEnd"] as const).map((name) => (
          <FormField key={name} {...field(name)}>
            <Input type="date" />
          </FormField>
        ))}
      </div>
    </div>
  );
}

const SIDE_FIELDS = {
  NO: { org: "leadOrgNo", contact: "contactNoId", contactLabel: "contactNo" },
  RU: { org: "leadOrgRu", contact: "contactRuId", contactLabel: "contactRu" },
} as const;

/** Each side's lead organisation and contact person, the two sides next to each other. */
export function PartyFields({ people, ...section }: SectionProps & { people: PersonOption[] }) {
  const t = useTranslations();
  const field = useFields(section);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {(["NO", "RU"] as const satisfies Delegation[]).map((side) => {
        const { org, contact, contactLabel } = SIDE_FIELDS[side];
        return (
          <fieldset key={side} className="space-y-4 rounded-md border border-line p-3">
            <legend className="px-1 text-sm font-semibold">{t(`sides.${side}`)}</legend>
            <FormField {...field(org)}>
              <Input />
            </FormField>
            <FormField {...field(contactLabel, contact)}>
              <Select>
                <option value="">{t("projectForm.noContact")}</option>
                {people
                  .filter((person) => person.delegation === side)
                  .map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.eligible
                        ? person.name
                        : t("projectForm.formerContact", { name: person.name })}
                    </option>
                  ))}
              </Select>
            </FormField>
          </fieldset>
        );
      })}
    </div>
  );
}

/** Partners, one per line, and the project's places, found by name. */
export function ListFields({
  places,
  base,
  ...section
}: SectionProps & { places: readonly PickerPlace[]; base?: PlacePickerData["base"] }) {
  const t = useTranslations();
  const field = useFields(section);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <FormField {...field("partners")} hint={t("projectForm.hints.onePerLine")}>
        <Textarea rows={5} />
      </FormField>
      <PlacePicker
        id={controlId("places")}
        name="places"
        label={t("fields.places")}
        places={places}
        initial={section.values.places.split(/\r?\n/).filter(Boolean)}
        errors={section.errorsFor("places")}
        base={base}
      />
    </div>
  );
}

/** Amount and currency (both or neither), and the source. */
export function FundingFields(section: SectionProps) {
  const t = useTranslations();
  const field = useFields(section);
  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_10rem]">
      <FormField {...field("fundingAmount")} hint={t("projectForm.hints.amount")}>
        <Input inputMode="decimal" autoComplete="off" className="tabular-nums" />
      </FormField>
      <FormField {...field("fundingCurrency")}>
        <Select>
          <option value="">{t("projectForm.noCurrency")}</option>
          <Options values={CURRENCIES} label={(currency) => currency} />
        </Select>
      </FormField>
      <FormField {...field("fundingSource")} className="sm:col-span-2">
        <Input />
      </FormField>
    </div>
  );
}
