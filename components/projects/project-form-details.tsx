"use client";

import { useTranslations } from "next-intl";
import { PlacePicker } from "@/components/places/place-picker";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
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

/** Code, area, initial status and planned dates. */
export function BasicFields({
  values,
  errorsFor,
  areas,
  withStatus,
}: SectionProps & { areas: AreaOption[]; withStatus: boolean }) {
  const t = useTranslations();
  const locale = useAppLocale();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label={t("fields.code")} hint={t("projectForm.hints.code")} errors={errorsFor("code")}>
        <Input
          id={controlId("code")}
          name="code"
          defaultValue={values.code}
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          className="font-mono"
        />
      </Field>
      <Field label={t("fields.area")} errors={errorsFor("areaId")}>
        <Select id={controlId("areaId")} name="areaId" defaultValue={values.areaId} required>
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
      </Field>
      {withStatus ? (
        <Field
          label={t("fields.status")}
          hint={t("projectForm.hints.status")}
          errors={errorsFor("status")}
        >
          <Select id={controlId("status")} name="status" defaultValue={values.status}>
            {INITIAL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <div className="grid gap-4 sm:col-span-2 sm:grid-cols-2">
        <Field label={t("fields.plannedStart")} errors={errorsFor("plannedStart")}>
          <Input
            id={controlId("plannedStart")}
            name="plannedStart"
            type="date"
            defaultValue={values.plannedStart}
          />
        </Field>
        <Field label={t("fields.plannedEnd")} errors={errorsFor("plannedEnd")}>
          <Input
            id={controlId("plannedEnd")}
            name="plannedEnd"
            type="date"
            defaultValue={values.plannedEnd}
          />
        </Field>
      </div>
    </div>
  );
}

const SIDE_FIELDS = {
  NO: { org: "leadOrgNo", contact: "contactNoId", contactLabel: "contactNo" },
  RU: { org: "leadOrgRu", contact: "contactRuId", contactLabel: "contactRu" },
} as const;

/** Each side's lead organisation and contact person, the two sides next to each other. */
export function PartyFields({
  values,
  errorsFor,
  people,
}: SectionProps & { people: PersonOption[] }) {
  const t = useTranslations();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {(["NO", "RU"] as const satisfies Delegation[]).map((side) => {
        const { org, contact, contactLabel } = SIDE_FIELDS[side];
        return (
          <fieldset key={side} className="space-y-4 rounded-md border border-line p-3">
            <legend className="px-1 text-sm font-semibold">{t(`sides.${side}`)}</legend>
            <Field label={t(`fields.${org}`)} errors={errorsFor(org)}>
              <Input id={controlId(org)} name={org} defaultValue={values[org]} />
            </Field>
            <Field label={t(`fields.${contactLabel}`)} errors={errorsFor(contact)}>
              <Select id={controlId(contact)} name={contact} defaultValue={values[contact]}>
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
            </Field>
          </fieldset>
        );
      })}
    </div>
  );
}

/** Partners, one per line, and the project's places, found by name. */
export function ListFields({
  values,
  errorsFor,
  places,
  base,
}: SectionProps & { places: readonly PickerPlace[]; base?: PlacePickerData["base"] }) {
  const t = useTranslations();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field
        label={t("fields.partners")}
        hint={t("projectForm.hints.onePerLine")}
        errors={errorsFor("partners")}
      >
        <Textarea
          id={controlId("partners")}
          name="partners"
          rows={5}
          defaultValue={values.partners}
        />
      </Field>
      <PlacePicker
        id={controlId("places")}
        name="places"
        label={t("fields.places")}
        places={places}
        initial={values.places.split(/\r?\n/).filter(Boolean)}
        errors={errorsFor("places")}
        base={base}
      />
    </div>
  );
}

/** Amount and currency (both or neither), and the source. */
export function FundingFields({ values, errorsFor }: SectionProps) {
  const t = useTranslations();
  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_10rem]">
      <Field
        label={t("fields.fundingAmount")}
        hint={t("projectForm.hints.amount")}
        errors={errorsFor("fundingAmount")}
      >
        <Input
          id={controlId("fundingAmount")}
          name="fundingAmount"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={values.fundingAmount}
          className="tabular-nums"
        />
      </Field>
      <Field label={t("fields.fundingCurrency")} errors={errorsFor("fundingCurrency")}>
        <Select
          id={controlId("fundingCurrency")}
          name="fundingCurrency"
          defaultValue={values.fundingCurrency}
        >
          <option value="">{t("projectForm.noCurrency")}</option>
          {CURRENCIES.map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        className="sm:col-span-2"
        label={t("fields.fundingSource")}
        errors={errorsFor("fundingSource")}
      >
        <Input
          id={controlId("fundingSource")}
          name="fundingSource"
          defaultValue={values.fundingSource}
        />
      </Field>
    </div>
  );
}
