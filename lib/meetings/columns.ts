import "server-only";
import { meetings } from "@/db/schema";

/*
 * The meeting columns many reads select alike, defined once: spread them into a select
 * (`db.select({ id: meetings.id, ...meetingDateColumns })`).
 */

/** Which meeting, when and where: its number, first and last day, and its city in nb, ru and en. */
export const meetingDateColumns = {
  number: meetings.number,
  startsOn: meetings.startsOn,
  endsOn: meetings.endsOn,
  cityNb: meetings.cityNb,
  cityRu: meetings.cityRu,
  cityEn: meetings.cityEn,
};
