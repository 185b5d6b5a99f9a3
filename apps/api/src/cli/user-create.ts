import { createMongoAbility } from '@casl/ability';
import { Command, Option } from 'commander';
import { DataSource } from 'typeorm';
import { AuditLogService } from '@app/audit';
import { Actor, AgencyEntity, AppAbility, createUserIn, InvitationService, RequestContext } from '@app/auth';
import { createLogger, CursorCodec, loadConfig, Role } from '@app/core';
import { dataSourceOptions } from '../database/data-source-options';
import { resolveDatabase } from '../database/database-url';
import { runMigrations } from '../database/run-migrations';
import { runCli } from './run-cli';

interface Options {
  agency: string;
  email: string;
  roles: string;
  name?: string;
  language?: string;
}

/**
 * `npm run user:create -- --agency HSI --email admin@hsi.example --roles AGENCY_ADMIN`: a person
 * of an existing agency (the first admin of a new deployment: no demo seed needed), with an
 * invitation printed once (72 hours, usable once) for `acceptInvitation`. Migrates first.
 */
async function main(): Promise<number> {
  const options = new Command('user:create')
    .requiredOption('--agency <code>', 'the agency code, e.g. HSI')
    .requiredOption('--email <address>', "the person's e-mail address (their login)")
    .requiredOption('--roles <roles>', `comma-separated: ${Object.values(Role).join(', ')}`)
    .option('--name <displayName>', 'the name shown to others (default: the e-mail address)')
    .addOption(new Option('--language <language>', 'the language of their e-mails').choices(['es', 'en']))
    .parse()
    .opts<Options>();
  const roles = options.roles.split(',').map((role) => role.trim().toUpperCase());
  const unknown = roles.filter((role) => !Object.values(Role).includes(role as Role));
  if (unknown.length > 0 || roles.length === 0) {
    console.error(`Unknown role(s) ${unknown.join(', ')}: expected ${Object.values(Role).join(', ')}`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  try {
    await runMigrations(database.url);
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      const agency = await dataSource
        .getRepository(AgencyEntity)
        .findOneBy({ code: options.agency.trim().toUpperCase() });
      if (!agency) {
        console.error(`No agency with the code ${options.agency}`);
        return 2;
      }
      const created = await dataSource.transaction(async (manager) => {
        // The command line may create people of this agency, and nothing else.
        const ability = createMongoAbility([
          { action: 'create', subject: 'User', conditions: { agencyId: agency.id } },
        ]) as AppAbility;
        const ctx = new RequestContext(
          null,
          ability,
          manager,
          `cli-user-create-${Date.now()}`,
          new CursorCodec(config.encryptionKey),
        );
        const user = await createUserIn(ctx, agency, {
          email: options.email,
          displayName: options.name ?? options.email,
          roles: roles as Role[],
          language: options.language,
        });
        const invitation = await new InvitationService().issue(ctx, user);
        // Nobody is logged in: the entry is the new account's own, and says it came from the command line.
        const actor: Actor = { kind: 'user', id: user.id, agencyId: agency.id, roles: user.roles, scopes: [] };
        ctx.audit({
          action: 'USER_CREATED',
          actor,
          recordOwnerAgencyId: agency.id,
          detail: { userId: user.id, email: user.email, roles: user.roles, via: 'command line' },
        });
        await new AuditLogService(config, logger, dataSource).writeInTransaction(manager.queryRunner!, ctx);
        return { user, invitation };
      });
      console.log(
        `Created ${created.user.email} (${created.user.roles.join(', ')}) in ${agency.code}, user id ${created.user.id}.`,
      );
      console.log(
        `Invitation token (shown once, valid until ${created.invitation.expiresAt.toISOString()}, usable once):`,
      );
      console.log(created.invitation.invitationToken);
      console.log('The person sets their password with acceptInvitation(token, password), or in the console.');
      return 0;
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.embedded?.stop();
  }
}

runCli(main);
