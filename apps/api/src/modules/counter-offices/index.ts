export { counterOfficesModule } from './counter-offices.module';
export { CounterOffice, CounterOfficeDay, CounterOfficeStatus, CounterServiceTariff } from './counter-office.entity';
export { VerificationAppointment, AppointmentStatus } from './appointment.entity';
export { CounterOfficeImporter, type OfficeImportReport } from './office-import';
export { BookingService } from './booking.service';
export { COUNTER_DEMO_USERS, DEMO_OPERATOR_OFFICE, APPROVED_FEE_RIALS } from './counter-offices.seed';
