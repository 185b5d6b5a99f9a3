import { SearchExtensions1795400000000 } from './1795400000000-search-extensions';
import { RecordsSchema1795426996508 } from './1795426996508-records-schema';

/** In order. Listed explicitly: globs do not survive a bundle. */
export const MIGRATIONS = [SearchExtensions1795400000000, RecordsSchema1795426996508];
