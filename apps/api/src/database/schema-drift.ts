import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export interface SchemaDrift {
  up: string[];
  down: string[];
}

/** What TypeORM would change to make the migrated schema match the entities (empty: no drift). */
export async function schemaDrift(url: string): Promise<SchemaDrift> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}
