import { TipFieldsResolver } from './tip-fields.resolver';
import { TipResolver } from './tip.resolver';
import { TipService } from './tip.service';

export const TIP_PROVIDERS = [TipService, TipResolver, TipFieldsResolver];
