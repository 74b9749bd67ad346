import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AccessCache } from './access-cache';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';

/** Login, `/me`, the global auth guard; global so every feature module can inject `AuthService`. */
@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, AccessCache, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
