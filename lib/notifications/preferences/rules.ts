import { TIME_ZONES } from "@/lib/notifications/rules";

/** The user's notification settings and calendar subscription: linked from every mail. */
export const SETTINGS_PAGE = "/profile/notifications";

/**
 * The time zones the settings offer, each named in the reader's language ("Central European
 * Time (Europe/Oslo)"), as Intl names them.
 */
export function timeZoneChoices(locale: string): { value: string; label: string }[] {
  return TIME_ZONES.map((zone) => {
    const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "longGeneric" })
      .formatToParts(new Date(Date.UTC(2024, 0, 15)))
      .find((part) => part.type === "timeZoneName")?.value;
    const id = zone.replaceAll("_", " ");
    if (!name || name === zone) return { value: zone, label: id };
    return {
      value: zone,
      label: `${name.charAt(0).toLocaleUpperCase(locale)}${name.slice(1)} (${id})`,
    };
  });
}
