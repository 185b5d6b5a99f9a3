import { Injectable } from '@nestjs/common';
import { RequestContext } from '@app/auth';
import { pageSize, withCursorWhenRead } from '@app/core';
import { WarrantService } from '../warrants/warrant.service';
import { WarrantChangePage } from './warrant-sync.types';

const FEED = 'WarrantChange';

/**
 * Changes to the warrants the caller may see, in a strict order. A change is readable only
 * once every transaction older than it has ended (its transaction id is below the snapshot's
 * xmin), so a poller that resumes from its last cursor never skips one that committed late.
 */
@Injectable()
export class WarrantChangeFeedService {
  constructor(private readonly warrants: WarrantService) {}

  async changes(
    ctx: RequestContext,
    after: string | null | undefined,
    first: number | null | undefined,
  ): Promise<WarrantChangePage> {
    const limit = pageSize(first);
    const [txid, seq] = after ? ctx.cursors.open(FEED, after, ['digits', 'digits']) : ['0', '0'];
    const qb = this.warrants.records.visible(ctx);
    if (!qb) return { changes: [], endCursor: after ?? null, hasMore: false };
    // Raw rows: one warrant may appear once per change, which entity hydration would fold.
    const rows = await qb
      .innerJoin('warrant_changes', 'c', 'c.warrant_id = r.id')
      .select(['c.txid::text AS txid', 'c.seq::text AS seq', 'r.id AS warrant_id'])
      .andWhere('c.txid < (SELECT pg_snapshot_xmin(pg_current_snapshot()))')
      .andWhere('(c.txid, c.seq) > (CAST(:txid AS xid8), CAST(:seq AS bigint))', { txid, seq })
      // a change only to fields withheld from the viewer is no change it hears of
      .andWhere(this.warrants.records.changeSeenSql(ctx, qb, 'c.changed_columns'))
      .orderBy('c.txid')
      .addOrderBy('c.seq')
      .limit(limit + 1)
      .getRawMany<{ txid: string; seq: string; warrant_id: string }>();
    const page = rows.slice(0, limit);
    const warrants = await this.warrants.records.loadMany(ctx, [...new Set(page.map((row) => row.warrant_id))]);
    const changes = page.map((row) =>
      withCursorWhenRead({ warrant: this.warrants.view(ctx, warrants.get(row.warrant_id)!) }, () =>
        ctx.cursors.seal(FEED, [row.txid, row.seq]),
      ),
    );
    return {
      changes,
      endCursor: changes.length > 0 ? changes[changes.length - 1].cursor : (after ?? null),
      hasMore: rows.length > limit,
    };
  }
}
