/**
 * Finds reader-facing words written in place in TSX instead of read from the catalog
 * (src/i18n/messages.*.ts): JSX text with letters, a string in an attribute a reader or a screen
 * reader is given, and a sentence in any other attribute (a component's `notice="…"`). Parsed
 * with the TypeScript compiler, so comments, types and code that only compares strings are not
 * mistaken for words on the page.
 */
import ts from 'typescript';

export interface Uncatalogued {
  file: string;
  line: number;
  text: string;
}

/** Attributes whose value a reader sees or hears. */
const READER_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
]);

/**
 * The allow-list: attributes whose strings are for the code, not the reader (class names, ids,
 * link targets, SVG geometry). A sentence in any attribute not named here is reported.
 */
const CODE_ATTRIBUTES = new Set([
  'className', // CSS class names: "overlay article"
  'id',
  'key',
  'href',
  'rel', // "noreferrer noopener"
  'target',
  'type',
  'role',
  'htmlFor',
  'dateTime',
  'download',
  'viewBox', // "0 0 240 28"
  'preserveAspectRatio',
  'strokeDasharray',
]);

const LETTER = /\p{L}/u;
/** Two words with a space between: a sentence or a phrase, not an id or a single token. */
const SENTENCE = /\p{L}{2,}[\s\u00a0]+\p{L}{2,}/u;

/** The literal text an expression can put on the page as it is (not what a call makes of it). */
function writtenText(e: ts.Expression): { node: ts.Node; text: string }[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [{ node: e, text: e.text }];
  if (ts.isTemplateExpression(e))
    return [{ node: e, text: [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join('…') }];
  if (ts.isParenthesizedExpression(e)) return writtenText(e.expression);
  if (ts.isConditionalExpression(e)) return [...writtenText(e.whenTrue), ...writtenText(e.whenFalse)];
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return writtenText(e.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken)
      return [...writtenText(e.left), ...writtenText(e.right)];
    if (op === ts.SyntaxKind.PlusToken) return [...writtenText(e.left), ...writtenText(e.right)];
  }
  return [];
}

/** Every place in `source` where reader-facing words are written in place. */
export function findUncatalogued(file: string, source: string): Uncatalogued[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Uncatalogued[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      text: text.trim().replace(/\s+/g, ' '),
    });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const w of writtenText(node.expression)) if (LETTER.test(w.text)) report(w.node, w.text);
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf);
      const init = node.initializer;
      const written = ts.isStringLiteral(init)
        ? [{ node: init, text: init.text }]
        : ts.isJsxExpression(init) && init.expression
          ? writtenText(init.expression)
          : [];
      const says = READER_ATTRIBUTES.has(name)
        ? (t: string) => LETTER.test(t)
        : CODE_ATTRIBUTES.has(name) || name.startsWith('data-')
          ? () => false
          : (t: string) => SENTENCE.test(t);
      for (const w of written) if (says(w.text)) report(w.node, w.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
