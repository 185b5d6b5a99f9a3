import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext, UsersService } from '@app/auth';
import { SuspectEntity, SuspectService } from '@app/cases';
import { RecordType, Role } from '@app/core';
import { Notice, NotificationKind, NotificationsService } from '@app/notifications';
import { DiscoveryService, Match } from './discovery.service';

/**
 * Prüm-style automatic match: when a suspect is recorded with identifiers, or its identifiers
 * change, the same discovery a liaison could run (each identifier, on the partners'
 * discovery keys) runs on behalf of the writer's agency, in the writing transaction. A hit is
 * a MATCH_FOUND to the writer and their liaison officers, naming the holder and the handle,
 * and (as any discovery hit) DISCOVERY_HIT to the holder's liaison officers and an audit entry
 * on the holder's record: each side learns only what discovery would tell it.
 */
@Injectable()
export class CrossBorderMatch implements OnModuleInit {
  constructor(
    private readonly suspects: SuspectService,
    private readonly discovery: DiscoveryService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.suspects.onIdentifiersChanged((ctx, suspect) => this.identifiersChanged(ctx, suspect));
  }

  private async identifiersChanged(ctx: RequestContext, suspect: SuspectEntity): Promise<void> {
    const matches = new Map<string, Match>();
    for (const identifier of suspect.identifiers) {
      for (const match of await this.discovery.matching(ctx, RecordType.SUSPECT, { identifier: identifier.value }))
        matches.set(match.id, match);
    }
    if (matches.size === 0) return;
    const hits = await this.discovery.hits(ctx, RecordType.SUSPECT, [...matches.values()]);
    const actor = ctx.requiredActor;
    // the holders' codes in one batch (the agencies loader)
    const holders = await Promise.all(hits.map((hit) => this.users.agency(ctx, hit.ownerAgencyId)));
    const notices: Notice[] = hits.map((hit, i) => ({
      kind: NotificationKind.MATCH_FOUND,
      recordType: RecordType.SUSPECT,
      recordId: hit.recordId,
      message: {
        en: `${holders[i].code} holds a person with an identifier of a suspect your agency recorded`,
        es: `${holders[i].code} tiene registrada a una persona con un identificador de un sospechoso que registró su agencia`,
      },
      to: {
        ...(actor.kind === 'user' ? { userIds: [actor.id] } : {}),
        agencyRoles: [{ agencyId: actor.agencyId, roles: [Role.LIAISON_OFFICER] }],
      },
      onceKey: `match:${suspect.id}:${hit.recordId}`,
    }));
    await this.notifications.notify(ctx, notices);
  }
}
