/** The incident's categories in the post-mortem's JSON (docs/postmortem-json.md, `categories`). */
import { z } from 'zod';
import type { DocumentCategories } from './document-categories.js';

const named = z.object({ id: z.string(), name: z.string().describe('From this laptop’s files; the id when none names it') });

export const categoriesSchema = z.object({
  causes: z.array(named).describe('In the order chosen'),
  services: z.array(named),
  history: z
    .array(z.object({ causes: z.array(z.string()), services: z.array(z.string()), reason: z.string(), by: z.string(), at: z.string().describe('ISO 8601, UTC') }))
    .describe('Every setting, oldest first; the last stands'),
});

export function categoriesJson(categories: DocumentCategories): z.infer<typeof categoriesSchema> {
  return {
    causes: categories.causes.map(({ id, name }) => ({ id, name })),
    services: categories.services.map(({ id, name }) => ({ id, name })),
    history: categories.history.map((setting) => ({ causes: [...setting.causes], services: [...setting.services], reason: setting.reason, by: setting.by, at: new Date(setting.at).toISOString() })),
  };
}
