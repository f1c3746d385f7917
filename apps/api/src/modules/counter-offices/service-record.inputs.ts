import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Finger } from './service-record-rules';

export enum DocumentKind {
  FOREIGN_NATIONAL_CARD = 'FOREIGN_NATIONAL_CARD',
  CENSUS_SLIP = 'CENSUS_SLIP',
  PASSPORT = 'PASSPORT',
}

export enum Gender {
  F = 'F',
  M = 'M',
}

registerEnumType(DocumentKind, {
  name: 'ForeignNationalDocumentKind',
  description: "The applicant's document: foreign-national card (کارت اتباع), census slip (برگ سرشماری) or passport",
});
registerEnumType(Gender, { name: 'ApplicantGender' });
registerEnumType(Finger, { name: 'Finger', description: 'One of the ten fingers' });

@InputType({ description: 'Data fields of a service record; the fields given are saved, the others left as they are' })
export class ServiceRecordDataInput {
  @Field({ nullable: true, description: 'Digits in any script' })
  @IsOptional()
  @Length(1, 40)
  identificationNumber?: string;

  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  documentKind?: DocumentKind;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 60)
  firstName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 60)
  lastName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 60)
  fatherName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 40)
  nationality?: string;

  @Field({ nullable: true, description: 'ISO date' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  birthDate?: string;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  gender?: Gender;

  @Field({ nullable: true })
  @IsOptional()
  @Length(10, 20)
  mobile?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(5, 300)
  residenceAddress?: string;
}

@InputType({ description: "One finger's capture: a template reference with its quality score (0–100), or the reason it is missing" })
export class FingerprintInput {
  @Field(() => Finger)
  finger!: Finger;

  @Field({
    nullable: true,
    description: "The capture's reference from the scanner's device service (SBI): its device code and the capture's hash",
  })
  @IsOptional()
  @Length(1, 128)
  templateRef?: string;

  @Field(() => Int, { nullable: true, description: "The device's quality score (0–100); below 40 is refused (FINGERPRINT_QUALITY_LOW)" })
  @IsOptional()
  @Min(0)
  @Max(100)
  quality?: number;

  @Field({ nullable: true, description: 'Why the finger cannot be captured (amputation, injury …)' })
  @IsOptional()
  @MaxLength(200)
  exceptionReason?: string;
}
