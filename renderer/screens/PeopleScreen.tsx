/** The roster: whom to call. (Being built.) */
export function PeopleScreen() {
  return <h1>People</h1>;
}
