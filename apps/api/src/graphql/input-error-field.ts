import { ASTNode, GraphQLError, Kind, parse, visit } from 'graphql';

// graphql-js: `Variable "$input" got invalid value "…" at "input.updates[0].statusChangedAt"; …`
const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value /;

/** graphql-js's `a.b[0].c` in the validation pipe's spelling, `a.b.0.c`. */
const dotted = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

function variablePath(message: string): string | undefined {
  const variable = VARIABLE_ERROR.exec(message)?.[1];
  if (!variable) return undefined;
  const at = new RegExp(`[\\s\\S]* at "(${variable}(?:\\.\\w+|\\[\\d+\\])*)"; `).exec(message);
  return dotted(at?.[1] ?? variable);
}

/** The argument and input fields (and list positions) down to the value node the error points at. */
function literalPath(error: GraphQLError): string | undefined {
  const target = error.nodes?.[0];
  if (!error.source || !target?.loc) return undefined;
  let found: string | undefined;
  visit(parse(error.source.body), {
    enter(node, _key, parent, path, ancestors) {
      if (found !== undefined) return false;
      if (node.kind !== target.kind || node.loc?.start !== target.loc?.start) return undefined;
      // chain[i] holds chain[i + 1] under the key path[i] (visit's ancestors stop before the parent)
      const chain = [...ancestors, parent!, node] as (ASTNode | readonly ASTNode[])[];
      const names: (string | number)[] = [];
      chain.forEach((step, i) => {
        if ('kind' in step && (step.kind === Kind.ARGUMENT || step.kind === Kind.OBJECT_FIELD))
          names.push(step.name.value);
        if ('kind' in step && step.kind === Kind.LIST) names.push(path[i + 1] as number);
      });
      found = names.join('.');
      return false;
    },
  });
  return found || undefined;
}

/**
 * The input a request error is about (`input.receivedAt`, `updates.0.statusChangedAt`), for
 * `extensions.field`: graphql-js says it only in the message of a variable's error, and for a
 * value written in the document only through the node it points at.
 */
export function inputFieldOf(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  return (
    variablePath(error.message) ??
    (error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION ? undefined : literalPath(error))
  );
}
