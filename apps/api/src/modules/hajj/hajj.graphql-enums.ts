import { registerEnumType } from 'type-graphql';
import {
  CaravanStatus,
  HajjNextStep,
  HajjOfficeKind,
  InterestFormula,
  NotEligibleReason,
  PassportFlag,
  ReceiptEventKind,
  ReceiptKind,
  ReceiptStatus,
  ReferralPurpose,
  RegistrationChannel,
  RegistrationStatus,
  ReleaseReason,
  TransferRelation,
  TravelRestriction,
} from './hajj.enums';

/** The Hajj enums as GraphQL enums (imported once by every type file that uses them). */
registerEnumType(HajjNextStep, {
  name: 'HajjNextStep',
  description: 'What the holder of a deposit receipt does next (seed 004 rules 1–6 and 14)',
});
registerEnumType(HajjOfficeKind, { name: 'HajjOfficeKind', description: 'Where to go for the next step' });
registerEnumType(NotEligibleReason, { name: 'HajjNotEligibleReason' });
registerEnumType(ReceiptKind, {
  name: 'HajjReceiptKind',
  description:
    'DEPOSIT_10M (10,000,000-rial deposit receipt), DOC_1360 / DOC_1363 (old registration documents), DOC_8M (8,000,000-rial documents of 1377–1378)',
});
registerEnumType(ReceiptStatus, { name: 'HajjReceiptStatusCode' });
registerEnumType(ReceiptEventKind, { name: 'HajjReceiptEventKind' });
registerEnumType(ReferralPurpose, { name: 'HajjReferralPurpose', description: 'Why the provincial office sent a receipt to the bank' });
registerEnumType(TransferRelation, { name: 'HajjTransferRelation', description: 'First-degree relatives a receipt may be transferred to' });
registerEnumType(InterestFormula, { name: 'HajjInterestFormula' });
registerEnumType(CaravanStatus, { name: 'HajjCaravanStatus' });
registerEnumType(RegistrationChannel, { name: 'HajjRegistrationChannel' });
registerEnumType(RegistrationStatus, { name: 'HajjRegistrationStatus' });
registerEnumType(ReleaseReason, { name: 'HajjReleaseReason' });
registerEnumType(TravelRestriction, {
  name: 'HajjTravelRestriction',
  description: 'Seed 004 rule 15: people whose exit follows rules of their own',
});
registerEnumType(PassportFlag, { name: 'HajjPassportFlag' });

export {
  CaravanStatus,
  HajjNextStep,
  HajjOfficeKind,
  InterestFormula,
  NotEligibleReason,
  PassportFlag,
  ReceiptEventKind,
  ReceiptKind,
  ReceiptStatus,
  ReferralPurpose,
  RegistrationChannel,
  RegistrationStatus,
  ReleaseReason,
  TransferRelation,
  TravelRestriction,
};
