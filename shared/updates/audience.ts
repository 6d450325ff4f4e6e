/**
 * Whom a status update is written for. Only 'customers' updates are public:
 * they are what the static status page shows.
 */
export const AUDIENCES = ['internal', 'customers', 'partners', 'management'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABEL: Readonly<Record<Audience, string>> = {
  internal: 'Internal',
  customers: 'Customers',
  partners: 'Partners',
  management: 'Management',
};

export const PUBLIC_AUDIENCE: Audience = 'customers';
