/** «نام نام‌خانوادگی (پست)» of a person in the referral forms and lists. */
export function personLabel(person: { firstName: string; lastName: string; post?: string | null }): string {
  const name = `${person.firstName} ${person.lastName}`;
  return person.post ? `${name} (${person.post})` : name;
}
