/** When each person last rehearsed each role in a drill (issue 17): the person's page and the roster show it. */
export interface RehearsedRole {
  readonly personId: string | null;
  readonly name: string;
  readonly role: string;
  /** The drill's start. */
  readonly lastAt: number;
  readonly incidentId: string;
  readonly runbookId: string;
}
