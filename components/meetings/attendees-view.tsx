import { useTranslations } from "next-intl";
import type { Attendee } from "@/lib/meetings/types";

/** Who took part, by delegation: members with their title, guests with their capacity. */
export function AttendeesView({ attendees }: { attendees: Attendee[] }) {
  const t = useTranslations("meetings");
  const delegations = useTranslations("delegations");
  if (!attendees.length) return <p className="text-muted">{t("attendees.empty")}</p>;
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-1">
      {(["NO", "RU"] as const).map((side) => {
        const people = attendees.filter((a) => a.delegation === side);
        return (
          <section key={side} aria-labelledby={`attendees-${side}`} className="min-w-0 space-y-1.5">
            <h3 id={`attendees-${side}`} className="text-sm font-semibold">
              {delegations(side)} <span className="font-normal text-muted">({people.length})</span>
            </h3>
            {people.length ? (
              <ul className="space-y-1.5 text-sm">
                {people.map((person) => {
                  const detail = person.capacity ?? person.position;
                  return (
                    <li key={person.id} className="[overflow-wrap:anywhere]">
                      <span className="font-medium">{person.name}</span>
                      {person.userId ? null : (
                        <span className="ml-1.5 rounded border border-line px-1 text-xs text-muted">
                          {t("attendees.guest")}
                        </span>
                      )}
                      {detail ? <span className="block text-muted">{detail}</span> : null}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="text-sm text-muted">{t("attendees.noneFromSide")}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
