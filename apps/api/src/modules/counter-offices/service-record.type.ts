import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AppointmentStatus, BookingChannel, ServiceRecordStatus } from './counter-offices.enums';
import { DocumentKind, Gender } from './service-record.inputs';
import { Finger } from './service-record-rules';

@ObjectType({ description: "An appointment in an office's day list (staff)" })
export class StaffAppointment {
  @Field(() => ID)
  id!: string;

  @Field()
  trackingCode!: string;

  @Field({ description: 'ISO date (Tehran)' })
  date!: string;

  @Field(() => AppointmentStatus)
  status!: AppointmentStatus;

  @Field(() => BookingChannel, { description: 'Booked online by the applicant, or at the counter as a walk-in' })
  channel!: BookingChannel;

  @Field()
  identificationNumber!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field()
  fatherName!: string;

  @Field()
  nationality!: string;

  @Field({ description: 'ISO date' })
  birthDate!: string;

  @Field()
  mobile!: string;

  @Field()
  bookedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The service record, once started' })
  recordId!: string | null;

  @Field(() => ServiceRecordStatus, { nullable: true })
  recordStatus!: ServiceRecordStatus | null;
}

@ObjectType('FingerprintCapture')
export class FingerprintView {
  @Field(() => Finger)
  finger!: Finger;

  @Field(() => String, { nullable: true })
  templateRef!: string | null;

  @Field(() => Int, { nullable: true })
  quality!: number | null;

  @Field(() => String, { nullable: true })
  exceptionReason!: string | null;
}

@ObjectType('ApplicantPhoto', { description: 'The photo as checked (its bytes are not sent back)' })
export class PhotoView {
  @Field()
  format!: string;

  @Field(() => Int)
  width!: number;

  @Field(() => Int)
  height!: number;

  @Field(() => Int)
  bytes!: number;
}

@ObjectType('VerificationServiceRecord', { description: 'What the office records for an applicant at the counter' })
export class ServiceRecordView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  appointmentId!: string;

  @Field()
  trackingCode!: string;

  @Field({ description: 'ISO date of the appointment' })
  date!: string;

  @Field()
  officeCode!: string;

  @Field()
  officeName!: string;

  @Field(() => ServiceRecordStatus)
  status!: ServiceRecordStatus;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field()
  identificationNumber!: string;

  @Field(() => DocumentKind, { nullable: true })
  documentKind!: DocumentKind | null;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true })
  fatherName!: string | null;

  @Field(() => String, { nullable: true })
  nationality!: string | null;

  @Field(() => String, { nullable: true })
  birthDate!: string | null;

  @Field(() => Gender, { nullable: true })
  gender!: Gender | null;

  @Field(() => String, { nullable: true })
  mobile!: string | null;

  @Field(() => String, { nullable: true })
  residenceAddress!: string | null;

  @Field(() => [FingerprintView])
  fingerprints!: FingerprintView[];

  @Field(() => PhotoView, { nullable: true })
  photo!: PhotoView | null;

  @Field(() => Int, { nullable: true, description: 'Rials: the fee of the tariff in force that day' })
  feeRials!: number | null;

  @Field(() => String, { nullable: true })
  serviceTitle!: string | null;

  @Field(() => String, { nullable: true })
  posReference!: string | null;

  @Field(() => Date, { nullable: true })
  paidAt!: Date | null;

  @Field(() => [String], { description: 'What still misses before it may close: field:<name>, fingerprint:<finger>, photo, fee' })
  missing!: string[];

  @Field(() => String, { nullable: true, description: 'Where the operator downloads the PDF receipt, once the fee is paid' })
  receiptUrl!: string | null;
}
