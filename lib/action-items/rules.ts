/** The pages that list action items, refreshed after one changes (route patterns). */
export const ACTION_ITEM_PAGES = ["/g/[group]/actions", "/g/[group]/my", "/g/[group]"] as const;
