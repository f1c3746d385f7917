import { registerEnumType } from 'type-graphql';
import { AppointmentStatus } from './appointment.entity';
import { ComplaintChannel, ComplaintStatus } from './complaint.entity';
import { CounterOfficeStatus } from './counter-office.entity';
import { InspectionItem, InspectionOutcome } from './inspection.entity';
import { ServiceRecordStatus } from './service-record.entity';

registerEnumType(AppointmentStatus, { name: 'VerificationAppointmentStatus' });
registerEnumType(ServiceRecordStatus, { name: 'VerificationServiceRecordStatus' });
registerEnumType(CounterOfficeStatus, { name: 'CounterOfficeStatus' });
registerEnumType(ComplaintChannel, { name: 'CounterOfficeComplaintChannel', description: "The association's call centre, the foreign-nationals bureau, or hotline 195" });
registerEnumType(ComplaintStatus, { name: 'CounterOfficeComplaintStatus' });
registerEnumType(InspectionItem, { name: 'CounterOfficeInspectionItem', description: 'A point of the inspection checklist (seed 003)' });
registerEnumType(InspectionOutcome, { name: 'CounterOfficeInspectionOutcome' });

export { AppointmentStatus, ComplaintChannel, ComplaintStatus, CounterOfficeStatus, InspectionItem, InspectionOutcome, ServiceRecordStatus };
