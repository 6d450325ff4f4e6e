/** The partner list. (Being built.) */
export function PartnersScreen() {
  return <h1>Partners</h1>;
}
