/**
 * Severities, as the people in the room choose them. Each carries the one
 * line shown beside it when choosing, so nobody has to remember the scale at
 * 3 a.m.
 */
export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_MEANING: Readonly<Record<Severity, string>> = {
  SEV1: 'Critical: a core service is down or data is at risk for many customers.',
  SEV2: 'Major: a key feature is broken or badly degraded for many customers.',
  SEV3: 'Minor: partial degradation with a workaround, or few customers affected.',
  SEV4: 'Low: a small defect or risk with no visible customer impact yet.',
};

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
