import { registerEnumType } from 'type-graphql';
import { AppointmentStatus, BookingChannel } from './appointment.entity';
import { ComplaintChannel, ComplaintStatus } from './complaint.entity';
import { CounterOfficeStatus } from './counter-office.entity';
import { InspectionItem, InspectionOutcome } from './inspection.entity';
import { ServiceRecordStatus } from './service-record.entity';

registerEnumType(AppointmentStatus, { name: 'VerificationAppointmentStatus' });
registerEnumType(BookingChannel, {
  name: 'VerificationBookingChannel',
  description:
    "The share of the day's capacity a place is taken from: ONLINE (the applicant) or COUNTER (a walk-in booked by the operator)",
});
registerEnumType(ServiceRecordStatus, { name: 'VerificationServiceRecordStatus' });
registerEnumType(CounterOfficeStatus, { name: 'CounterOfficeStatus' });
registerEnumType(ComplaintChannel, {
  name: 'CounterOfficeComplaintChannel',
  description: "The association's call centre, the foreign-nationals bureau, or hotline 195",
});
registerEnumType(ComplaintStatus, { name: 'CounterOfficeComplaintStatus' });
registerEnumType(InspectionItem, { name: 'CounterOfficeInspectionItem', description: 'A point of the inspection checklist (seed 003)' });
registerEnumType(InspectionOutcome, { name: 'CounterOfficeInspectionOutcome' });

export {
  AppointmentStatus,
  BookingChannel,
  ComplaintChannel,
  ComplaintStatus,
  CounterOfficeStatus,
  InspectionItem,
  InspectionOutcome,
  ServiceRecordStatus,
};
