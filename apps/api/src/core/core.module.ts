import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Config } from '@vinhdanh/config';
import { LOGIN_THROTTLE_POLICY } from '../auth/auth.service';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottlePolicy } from '../auth/login-throttle';
import { CommandHandler } from './command-handler';
import { CLOCK, CONFIG, type Clock } from './tokens';

/** Global values every module may inject: `CONFIG`, `CLOCK`, the login throttle policy, the `CommandHandler`. */
@Global()
@Module({})
export class CoreModule {
  static register(config: Config, options: { clock?: Clock; loginThrottle?: LoginThrottlePolicy } = {}): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: CLOCK, useValue: options.clock ?? (() => new Date()) },
        { provide: LOGIN_THROTTLE_POLICY, useValue: options.loginThrottle ?? DEFAULT_LOGIN_THROTTLE },
        CommandHandler,
      ],
      exports: [CONFIG, CLOCK, LOGIN_THROTTLE_POLICY, CommandHandler],
    };
  }
}
