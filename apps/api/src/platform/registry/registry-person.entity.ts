import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The embedded civil registry and Shahkar: people and the mobiles registered to them, loaded with
 * the demo data so the product runs with no outside service. Production asks the real services.
 */
@Entity({ name: 'embedded_registry_person' })
export class RegistryPerson {
  @PrimaryColumn({ name: 'national_id', type: 'char', length: 10 })
  nationalId!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ type: 'char', length: 1 })
  gender!: string;

  @Column({ type: 'boolean', default: true })
  alive!: boolean;
}

@Entity({ name: 'embedded_registry_mobile' })
@Index('IX_embedded_registry_mobile_national_id', ['nationalId'])
export class RegistryMobile {
  @PrimaryColumn({ type: 'char', length: 11 })
  mobile!: string;

  @Column({ name: 'national_id', type: 'char', length: 10 })
  nationalId!: string;
}
