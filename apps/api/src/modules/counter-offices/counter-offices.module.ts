import { CAPTCHA, SESSIONS, type ContextModule } from '../../platform/context';
import { VerificationAppointment } from './appointment.entity';
import { BiometricDeviceResolver } from './biometrics/biometric-device.resolver';
import { embeddedDeviceRoutes } from './biometrics/embedded-device.routes';
import { BookingResolver } from './booking.resolver';
import { BookingService } from './booking.service';
import { CounterOfficeComplaint } from './complaint.entity';
import { CounterOffice, CounterOfficeDay, CounterOfficeSuspension, CounterServiceTariff } from './counter-office.entity';
import { registerCounterOfficesAuditTargets } from './counter-offices-audit';
import { counterOfficesSeed } from './counter-offices.seed';
import { CounterOfficeInspection } from './inspection.entity';
import { InspectionService } from './inspection.service';
import { CounterOfficeRoles1764300000000 } from './migrations/1764300000000-counter-office-roles';
import { CounterOffices1764300010000 } from './migrations/1764300010000-counter-offices';
import { CounterOfficeChannels1764512000000 } from './migrations/1764512000000-counter-office-channels';
import { OfficeAdminService } from './office-admin.service';
import { OversightResolver } from './oversight.resolver';
import { receiptRoutes } from './receipt.routes';
import { VerificationServiceRecord } from './service-record.entity';
import { ServiceRecordResolver } from './service-record.resolver';
import { ServiceRecordService } from './service-record.service';
import './counter-offices.enums';

/** Counter offices (seed 003): foreign nationals' identity verification by appointment, records, fee and receipt, inspections, complaints. */
export const counterOfficesModule: ContextModule = {
  name: 'counter-offices',
  resolvers: [BookingResolver, ServiceRecordResolver, OversightResolver, BiometricDeviceResolver],
  entities: [
    CounterOffice,
    CounterOfficeDay,
    CounterOfficeSuspension,
    CounterServiceTariff,
    VerificationAppointment,
    VerificationServiceRecord,
    CounterOfficeInspection,
    CounterOfficeComplaint,
  ],
  migrations: [CounterOfficeRoles1764300000000, CounterOffices1764300010000, CounterOfficeChannels1764512000000],
  seed: counterOfficesSeed,
  compose: ({ config, dataSource, audit, sms, limiter }, services) => {
    const booking = new BookingService(dataSource, limiter, services.get(CAPTCHA), audit, sms, config.counterOffices);
    const records = new ServiceRecordService(dataSource, audit);
    const offices = new OfficeAdminService(dataSource, booking, audit);
    const inspections = new InspectionService(dataSource, audit, sms);
    registerCounterOfficesAuditTargets(audit.directory, dataSource);
    return {
      resolvers: [
        new BookingResolver(booking),
        new ServiceRecordResolver(records, offices, booking),
        new OversightResolver(offices, inspections),
        new BiometricDeviceResolver(config.counterOffices.biometricDevice),
      ],
      routes: [
        receiptRoutes({ sessions: services.get(SESSIONS), records, audit, secureCookies: config.auth.secureCookies }),
        // The synthetic fingerprint device of development and tests (the configuration refuses it in production).
        ...(config.counterOffices.biometricDevice.provider === 'embedded' ? [embeddedDeviceRoutes()] : []),
      ],
    };
  },
};
