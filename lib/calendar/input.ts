import { z } from "zod";

/** Creating (or replacing) and turning off the calendar subscription take nothing but the click. */
export const calendarFeedSchema = z.object({});
