import type { useFormatter } from "next-intl";

type Formatter = ReturnType<typeof useFormatter>;

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** A meeting's days as one range ("14–15 March 2018"); no time zone may shift a day. */
export function formatDays(
  format: Formatter,
  startsOn: string,
  endsOn: string,
  month: "long" | "short" = "long",
): string {
  const options = { day: "numeric", month, year: "numeric", timeZone: "UTC" } as const;
  if (startsOn === endsOn) return format.dateTime(day(startsOn), options);
  return format.dateTimeRange(day(startsOn), day(endsOn), options);
}
