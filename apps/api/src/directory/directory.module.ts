import { Module } from '@nestjs/common';
import { DirectoryController } from './directory.controller';

/** Labels of codes and the people directory (choose a person by name, never by id). */
@Module({ controllers: [DirectoryController] })
export class DirectoryModule {}
