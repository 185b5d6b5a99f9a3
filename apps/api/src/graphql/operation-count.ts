import { Lexer, Source, TokenKind } from 'graphql';

const OPERATION_KEYWORDS = new Set(['query', 'mutation', 'subscription']);

/**
 * Operations in a document, counted from its tokens (top-level `{` and operation keywords,
 * outside parentheses), up to `maxTokens` of them: a larger document is the parser's to refuse.
 * Unreadable text counts 0: the parser reports it.
 */
export function countOperations(query: string, maxTokens: number): number {
  let operations = 0;
  try {
    const lexer = new Lexer(new Source(query));
    let braces = 0;
    let parentheses = 0;
    // after `query`/`mutation`/`subscription`/`fragment` at the top, until its selection set opens
    let inHeader = false;
    for (
      let token = lexer.advance(), seen = 1;
      token.kind !== TokenKind.EOF && seen <= maxTokens;
      token = lexer.advance(), seen++
    ) {
      if (token.kind === TokenKind.PAREN_L) parentheses++;
      else if (token.kind === TokenKind.PAREN_R) parentheses--;
      else if (parentheses > 0) continue;
      else if (token.kind === TokenKind.BRACE_L) {
        if (braces === 0 && !inHeader) operations++;
        if (braces === 0) inHeader = false;
        braces++;
      } else if (token.kind === TokenKind.BRACE_R) braces--;
      else if (braces === 0 && token.kind === TokenKind.NAME && !inHeader) {
        if (OPERATION_KEYWORDS.has(token.value)) operations++;
        inHeader = true;
      }
    }
  } catch {
    return 0;
  }
  return operations;
}
