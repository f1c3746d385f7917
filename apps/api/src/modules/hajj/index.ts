export { hajjModule } from './hajj.module';
