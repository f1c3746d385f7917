import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { withCheckDigit } from '@pishkhan/national-id';
import { Role } from '../platform/auth/roles';
import { RegistryMobile, RegistryPerson } from '../platform/registry/registry-person.entity';
import { OrganisationUnit, OrganisationUnitType } from '../modules/organisations/organisation-unit.entity';
import { RoleAssignment, UserAccount, hashPassword } from '../modules/accounts';
import type { TestApi, TestClient } from './test-api';

export const PASSWORD = 'secret-pass-1';

/** A national ID no other test file will pick (random, valid check digit). */
export function uniqueNationalId(): string {
  return withCheckDigit(String(randomInt(100_000_000, 999_999_999)));
}

export function uniqueMobile(): string {
  return `09${String(randomInt(100_000_000, 999_999_999))}`;
}

export interface Tree {
  ministry: OrganisationUnit;
  hq: OrganisationUnit;
  subsidiary: OrganisationUnit;
  provincial: OrganisationUnit;
  otherMinistryUnit: OrganisationUnit;
}

/** A small organisation tree of its own (codes made unique by a random tag). */
export async function createTree(dataSource: DataSource): Promise<Tree> {
  const tag = randomInt(1e9).toString(36).toUpperCase();
  const repo = dataSource.getRepository(OrganisationUnit);
  const make = async (code: string, type: OrganisationUnitType, parent: OrganisationUnit | null, province: string | null = null) =>
    repo.save({
      code: `${code}-${tag}`,
      name: `${code} ${tag}`,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${code}-${tag}/`,
      level: parent ? parent.level + 1 : 0,
      type,
      province,
    });
  const root = await make('NAT', OrganisationUnitType.NATIONAL_OFFICE, null);
  const ministry = await make('MIN', OrganisationUnitType.MINISTRY, root);
  const hq = await make('HQ', OrganisationUnitType.HEADQUARTERS, ministry);
  const subsidiary = await make('SUB', OrganisationUnitType.SUBSIDIARY, ministry);
  const provincial = await make('PROV', OrganisationUnitType.PROVINCIAL, subsidiary, 'سمنان');
  const otherMinistry = await make('MIN2', OrganisationUnitType.MINISTRY, root);
  const otherMinistryUnit = await make('HQ2', OrganisationUnitType.HEADQUARTERS, otherMinistry);
  return { ministry, hq, subsidiary, provincial, otherMinistryUnit };
}

export interface Person {
  nationalId: string;
  mobile: string;
  birthDate: string;
  firstName: string;
  lastName: string;
}

/** Someone the embedded civil registry and Shahkar know. */
export async function registryPerson(dataSource: DataSource, overrides: Partial<Person> = {}): Promise<Person> {
  const person: Person = {
    nationalId: uniqueNationalId(),
    mobile: uniqueMobile(),
    birthDate: '1990-03-21',
    firstName: 'نرگس',
    lastName: 'صالحی',
    ...overrides,
  };
  await dataSource.getRepository(RegistryPerson).insert({ ...person, gender: 'F', alive: true });
  await dataSource.getRepository(RegistryMobile).insert({ mobile: person.mobile, nationalId: person.nationalId });
  return person;
}

export interface TestUser extends Person {
  id: string;
  roleIds: string[];
}

let passwordHash: Promise<string> | null = null;

/** An active user with a password and the given roles (in that order). */
export async function createUser(
  dataSource: DataSource,
  roles: Array<[Role, OrganisationUnit]>,
  overrides: Partial<Person> & { mustChangePassword?: boolean } = {},
): Promise<TestUser> {
  const person = await registryPerson(dataSource, overrides);
  passwordHash ??= hashPassword(PASSWORD);
  const user = await dataSource.getRepository(UserAccount).save({
    nationalId: person.nationalId,
    firstName: person.firstName,
    lastName: person.lastName,
    mobile: person.mobile,
    officePhone: '021-61610000',
    post: 'کارشناس',
    passwordHash: await passwordHash,
    mustChangePassword: overrides.mustChangePassword ?? false,
    passwordChangedAt: new Date(),
    superiorId: null,
  });
  const roleIds: string[] = [];
  for (const [role, unit] of roles) {
    const saved = await dataSource.getRepository(RoleAssignment).save({ userId: user.id, role, organisationUnitId: unit.id, active: true });
    roleIds.push(saved.id);
  }
  return { ...person, id: user.id, roleIds };
}

/** A fresh captcha and its answer, read as an automated flow reads it (the embedded captcha). */
export async function solvedCaptcha(client: Pick<TestClient, 'gql'>): Promise<{ captchaId: string; captchaAnswer: string }> {
  const issued = await client.gql<{ newCaptcha: { id: string } }>('mutation { newCaptcha { id } }');
  const captchaId = issued.data!.newCaptcha.id;
  const answer = await client.gql<{ devCaptchaAnswer: string }>('query($id: ID!) { devCaptchaAnswer(captchaId: $id) }', { id: captchaId });
  return { captchaId, captchaAnswer: answer.data!.devCaptchaAnswer };
}

export const LOGIN = `mutation($input: PasswordLoginInput!) {
  loginWithPassword(input: $input) { user { id nationalId } activeRole { id role organisationUnit { id code } } roles { id role } permissions mustChangePassword }
}`;

/** Signs a new client in with password; throws when it fails. */
export async function signIn(api: TestApi, user: Pick<Person, 'nationalId'>, password = PASSWORD): Promise<TestClient> {
  const client = api.client();
  const response = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password, ...(await solvedCaptcha(client)) } });
  if (response.errors) throw new Error(`sign-in failed: ${JSON.stringify(response.errors)}`);
  return client;
}

export { Role };
