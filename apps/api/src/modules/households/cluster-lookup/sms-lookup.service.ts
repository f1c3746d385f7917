import type { SmsGateway } from '../../../platform/sms/sms-gateway';
import type { DevSmsTools } from '../../../platform/sms/dev-sms-tools';
import { SmsSimulatorUnavailableError } from '../households.errors';
import type { ClusterLookupService } from './cluster-lookup.service';
import type { SmsSimulation } from './cluster-lookup.type';
import { replyToSms } from './sms-lookup';

/** The short number 300000 (seed 000 rule 4): a text in, the cluster or the help text back by SMS. */
export class SmsLookupService {
  constructor(
    private readonly clusters: ClusterLookupService,
    private readonly sms: SmsGateway,
    private readonly devTools?: DevSmsTools,
  ) {}

  /** Answers a text from `from` and sends the reply to that number; returns the reply. */
  async answer(from: string, text: string): Promise<string> {
    const { reply, purpose } = await replyToSms(text, (nationalId) => this.clusters.clusterOfHead(nationalId));
    await this.sms.send(from, reply, purpose);
    return reply;
  }

  /** The SMS simulator page: only with the embedded SMS gateway (never in production). */
  async simulate(from: string, text: string, ip = ''): Promise<SmsSimulation> {
    if (!this.sms.embedded) throw new SmsSimulatorUnavailableError();
    await this.devTools?.enter(ip); // limited per IP, like the outbox
    return { reply: await this.answer(from, text) };
  }
}
