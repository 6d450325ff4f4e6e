/**
 * The parts of a post-mortem people write, beside what Holdfast drafts from
 * the incident. Each section is written on its own, so several people can
 * write different sections at once from their own laptops.
 */
export const REVIEW_SECTIONS = ['summary', 'impact', 'contributing_factors', 'went_well', 'went_badly', 'lucky'] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

export const REVIEW_SECTION_LABEL: Readonly<Record<ReviewSection, string>> = {
  summary: 'Summary',
  impact: 'Impact',
  contributing_factors: 'Contributing factors',
  went_well: 'What went well',
  went_badly: 'What went badly',
  lucky: 'Where we got lucky',
};

/** The question each section answers, shown as its hint. */
export const REVIEW_SECTION_HINT: Readonly<Record<ReviewSection, string>> = {
  summary: 'What happened, in a few sentences a newcomer understands.',
  impact: 'Who was affected, how, and how much (customers, transactions, money).',
  contributing_factors: 'What made this possible or worse; not who.',
  went_well: 'What helped: keep doing it.',
  went_badly: 'What slowed the recovery or made it worse.',
  lucky: 'What saved us this time but might not next time.',
};

/** Action items: what will be done so it does not happen again, or hurts less. */
export const ACTION_KINDS = ['prevent', 'detect', 'mitigate'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_KIND_LABEL: Readonly<Record<ActionKind, string>> = {
  prevent: 'Prevent',
  detect: 'Detect',
  mitigate: 'Mitigate',
};
