import { z } from 'zod';
import { isIsoDate } from '../time/iso-date';

/** A required, trimmed title; the message is what the inspector shows under the field. */
export const titleField = z.string().trim().min(1, 'Title is required').max(200, 'Keep the title under 200 characters');

/** A short free-text field such as owner or team. */
export const shortTextField = z.string().trim().max(100, 'Keep it under 100 characters');

/** Long text (descriptions), stored as Y.Text. */
export const longTextField = z.string().max(20_000, 'Keep it under 20,000 characters');

/** A calendar day 'YYYY-MM-DD'. */
export const isoDateField = z.string().refine(isIsoDate, 'Use a real date like 2027-01-31');

/** A reference to another record, or null for none. */
export const optionalIdField = z.string().min(1).nullable();

/** A fractional-index order key (see order.ts). */
export const orderKeyField = z.string().min(1);

/** A color as '#rrggbb'. */
export const colorField = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a color like #3b82f6');

/** A finite number (key result values). */
export const numberField = z.number({ error: 'Enter a number' }).finite('Enter a finite number');

/** A weight in a roll-up: 0 or more (0 leaves the item out of the mean). */
export const weightField = z
  .number({ error: 'Enter a number' })
  .finite('Enter a finite number')
  .min(0, 'A weight is 0 or more')
  .max(1000, 'Keep the weight under 1,000');

/**
 * Where a record came from outside Waymark (a Jira issue key like "WM-12", a spreadsheet's id), or empty:
 * re-importing the same export updates the records it made instead of adding them again.
 */
export const externalKeyField = z.string().trim().max(200, 'Keep the external key under 200 characters');

/** A set of ids or tags, stored as a Y.Map of member → true so concurrent additions both survive. */
export const idSetField = z.array(z.string().min(1));
