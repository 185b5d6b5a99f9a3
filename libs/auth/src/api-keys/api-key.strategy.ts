import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { HeaderAPIKeyStrategy } from 'passport-headerapikey';
import { Actor } from '../ability/actor';
import { ApiKeyService } from './api-key.service';

/** Integration scripts: `X-API-Key: <secret>`. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(HeaderAPIKeyStrategy, 'api-key') {
  constructor(private readonly apiKeys: ApiKeyService) {
    super({ header: 'X-API-Key', prefix: '' }, false);
  }

  async validate(secret: string): Promise<Actor | false> {
    return (await this.apiKeys.authenticate(secret)) ?? false;
  }
}
