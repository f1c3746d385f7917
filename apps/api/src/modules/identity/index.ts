export { identityModule } from './identity.module';
export { NationalIdResolver } from './national-id.resolver';
export { describeNationalId } from './national-id.service';
