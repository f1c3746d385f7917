import { Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import type { BiometricDeviceSettings } from '../../../platform/config/config';
import { MIN_FINGER_QUALITY } from '../service-record-rules';
import { EMBEDDED_DEVICE_PATH } from './embedded-device.routes';
import { SBI_SPEC_VERSION } from './sbi';

export enum BiometricDeviceVerbs {
  /** MOSIPDISC /device, MOSIPDINFO /info, RCAPTURE /capture (the MDS 0.9.5 verbs MOSIP's clients send). */
  SBI = 'SBI',
  /** POST to the same paths. */
  POST = 'POST',
}

registerEnumType(BiometricDeviceVerbs, {
  name: 'BiometricDeviceVerbs',
  description: 'How the device service is called: the SBI verbs (MOSIPDISC, MOSIPDINFO, RCAPTURE) or POST',
});

@ObjectType('BiometricDeviceService', {
  description: "The fingerprint scanner's device service (MOSIP SBI) the operator's browser captures through",
})
export class BiometricDeviceView {
  @Field({ description: "Its base URL as the operator's browser reaches it (a path on this server for the embedded development device)" })
  url!: string;

  @Field(() => BiometricDeviceVerbs)
  verbs!: BiometricDeviceVerbs;

  @Field({ description: 'The SBI specification version requested' })
  specVersion!: string;

  @Field(() => Int, { description: 'The quality score a capture needs (0–100); asked of the device as requestedScore' })
  minQuality!: number;

  @Field({ description: "The API's synthetic development device (never in production)" })
  embedded!: boolean;
}

/** Where the counter's fingerprint scanner is reached: the operator's browser calls it, not the API. */
@Resolver()
export class BiometricDeviceResolver {
  constructor(private readonly settings: BiometricDeviceSettings) {}

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Query(() => BiometricDeviceView, { description: "The fingerprint scanner's device service the operator's browser captures through" })
  counterBiometricDevice(): BiometricDeviceView {
    return this.settings.provider === 'embedded'
      ? {
          url: EMBEDDED_DEVICE_PATH,
          verbs: BiometricDeviceVerbs.POST,
          specVersion: SBI_SPEC_VERSION,
          minQuality: MIN_FINGER_QUALITY,
          embedded: true,
        }
      : {
          url: this.settings.url,
          verbs: this.settings.verbs === 'sbi' ? BiometricDeviceVerbs.SBI : BiometricDeviceVerbs.POST,
          specVersion: SBI_SPEC_VERSION,
          minQuality: MIN_FINGER_QUALITY,
          embedded: false,
        };
  }
}
