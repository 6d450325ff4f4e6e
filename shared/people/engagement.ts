/**
 * How deeply a partner is engaged in an incident (DOMAIN.md, "rules for
 * working with partners"): notified only, asked for resources, or sitting in
 * a joint working group. 'released' ends the engagement.
 */
export const ENGAGEMENT_LEVELS = ['information', 'resources', 'working-group', 'released'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

export const ENGAGEMENT_LABEL: Readonly<Record<EngagementLevel, string>> = {
  information: 'Information',
  resources: 'Resource mobilisation',
  'working-group': 'Working group',
  released: 'Released',
};

export const ENGAGEMENT_MEANING: Readonly<Record<EngagementLevel, string>> = {
  information: 'Notify only: they hear what happens, nothing is asked of them.',
  resources: 'We ask them for people, capacity or action.',
  'working-group': 'They work with us in a joint group until recovery.',
  released: 'No longer engaged in this incident.',
};

export const PARTNER_KINDS = ['provider', 'bank', 'vendor', 'customer', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
