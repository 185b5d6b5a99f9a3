import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { REQUEST_CONTEXT_KEY, RequestWithContext } from '@app/auth';
import { AuditLogService } from './audit-log.service';

/**
 * Writes each request's audit entries before its answer leaves: an audited read or write
 * is in the database by the time the client sees it, even if the process dies right after.
 */
@Plugin()
export class AuditFlushPlugin implements ApolloServerPlugin<{ req: RequestWithContext }> {
  constructor(private readonly auditLog: AuditLogService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<{ req: RequestWithContext }>> {
    return {
      willSendResponse: async ({ contextValue }) => {
        const ctx = contextValue.req[REQUEST_CONTEXT_KEY];
        if (ctx) await this.auditLog.append(ctx);
      },
    };
  }
}
