import { CAPTCHA, SESSIONS, type ContextModule } from '../../platform/context';
import { HajjCaravan } from './caravans/caravan.entity';
import { CaravanListService } from './caravans/caravan-list.service';
import { HajjPublicGate } from './hajj-public-gate';
import { HajjAdminResolver } from './hajj-admin.resolver';
import { HajjPublicResolver } from './hajj-public.resolver';
import { HajjStaffResolver } from './hajj-staff.resolver';
import { CaravanAdminService } from './caravans/caravan-admin.service';
import { ReceiptOfficeService } from './receipts/receipt-office.service';
import { RegistrationQueryService } from './registrations/registration-query.service';
import { registrationReceiptRoutes } from './registrations/registration-receipt.routes';
import { SeasonAdminService } from './season/season-admin.service';
import { registerHajjJobs } from './hajj.jobs';
import { hajjSeed } from './hajj.seed';
import { HAJJ_MIGRATIONS } from './migrations';
import { HajjDepositReceipt, HajjReceiptEvent, HajjTransfer } from './receipts/deposit-receipt.entity';
import { ReceiptStatusService } from './receipts/receipt-status.service';
import { BookingService } from './registrations/booking.service';
import { HajjRegistration } from './registrations/registration.entity';
import { SeasonNoticeService } from './season/season-notice.service';
import { HajjProvince, HajjProvinceGroup, HajjSeason } from './season/season.entity';
import { HajjInvitationWave } from './waves/invitation-wave.entity';
import { InvitationWaveService } from './waves/invitation-wave.service';
import { SeatReleaseService } from './waves/seat-release.service';

/** Hajj registration (seed 004): seasons, deposit receipts, transfers, caravans, seats, waves. */
export const hajjModule: ContextModule = {
  name: 'hajj',
  resolvers: [HajjPublicResolver, HajjStaffResolver, HajjAdminResolver],
  entities: [
    HajjSeason,
    HajjProvinceGroup,
    HajjProvince,
    HajjDepositReceipt,
    HajjReceiptEvent,
    HajjTransfer,
    HajjCaravan,
    HajjRegistration,
    HajjInvitationWave,
  ],
  migrations: HAJJ_MIGRATIONS,
  seed: hajjSeed,
  compose: ({ config, dataSource, audit, limiter, jobs, log }, services) => {
    const gate = new HajjPublicGate(limiter, services.get(CAPTCHA), config.hajj);
    const receipts = new ReceiptStatusService(dataSource, gate, audit);
    const booking = new BookingService(dataSource, gate, receipts, audit);
    const waves = new InvitationWaveService(dataSource, audit);
    const scheduleJobs = registerHajjJobs(jobs, new SeatReleaseService(dataSource, audit, log), waves, config.hajj.seatReleaseEverySeconds);
    const registrations = new RegistrationQueryService(dataSource, audit);
    return {
      resolvers: [
        new HajjPublicResolver(receipts, booking, new CaravanListService(dataSource, gate), new SeasonNoticeService(dataSource, gate)),
        new HajjStaffResolver(dataSource, new ReceiptOfficeService(dataSource, audit), booking, registrations),
        new HajjAdminResolver(dataSource, new SeasonAdminService(dataSource, audit), new CaravanAdminService(dataSource, audit), waves),
      ],
      routes: [
        registrationReceiptRoutes({
          sessions: services.get(SESSIONS),
          dataSource,
          registrations,
          audit,
          secureCookies: config.auth.secureCookies,
        }),
      ],
      onStart: scheduleJobs,
    };
  },
};
