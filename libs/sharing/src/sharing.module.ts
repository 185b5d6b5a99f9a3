import { Module } from '@nestjs/common';

/** Agreements, sharing requests, grants, discovery and audit (filled by the sharing work). */
@Module({})
export class SharingModule {}
