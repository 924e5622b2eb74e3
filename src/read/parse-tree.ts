/**
 * Penn Treebank bracketed parses: `(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))))`.
 *
 * @module
 */

/** A node of a parse tree. Leaves have a `word` and the index of their token. */
export interface TreeNode {
  label: string;
  children: TreeNode[];
  parent?: TreeNode;
  word?: string;
  /** Token index (leaves only). */
  index?: number;
  /** First and last token index covered (inclusive). */
  first: number;
  last: number;
}

const UNESCAPE: Record<string, string> = {
  "-LRB-": "(",
  "-RRB-": ")",
  "-LCB-": "{",
  "-RCB-": "}",
  "-LSB-": "[",
  "-RSB-": "]"
};

/** Parses a bracketed tree; returns the root and its leaves (tokens with their tags), or an error message. */
export function parseTree(text: string): {root: TreeNode; leaves: TreeNode[]} | string {
  const tokens = text.replace(/\(/g, " ( ").replace(/\)/g, " ) ").split(/\s+/).filter(Boolean);
  let at = 0;
  const leaves: TreeNode[] = [];
  const read = (): TreeNode | string => {
    if (tokens[at] !== "(")
      return `Cannot parse tree: expected "(" at token ${at + 1}, found "${tokens[at] ?? "end of text"}"`;
    ++at;
    let label = "";
    if (tokens[at] !== "(" && tokens[at] !== ")") label = tokens[at++]!;
    const node: TreeNode = {label, children: [], first: leaves.length, last: leaves.length - 1};
    if (tokens[at] !== "(" && tokens[at] !== ")" && at < tokens.length) {
      const word = tokens[at++]!;
      node.word = UNESCAPE[word] ?? word;
      node.index = leaves.length;
      leaves.push(node);
      node.last = node.index;
    }
    while (tokens[at] === "(") {
      const child = read();
      if (typeof child === "string") return child;
      child.parent = node;
      node.children.push(child);
    }
    if (tokens[at] !== ")")
      return `Cannot parse tree: expected ")" at token ${at + 1}, found "${tokens[at] ?? "end of text"}"`;
    ++at;
    node.last = leaves.length - 1;
    return node;
  };
  const root = read();
  if (typeof root === "string") return root;
  if (at < tokens.length) return `Cannot parse tree: unbalanced brackets: "${tokens[at]}" left over at token ${at + 1}`;
  // Unwrap (ROOT …) and the anonymous outer bracket of some parsers.
  let r = root;
  while ((r.label === "ROOT" || r.label === "") && r.children.length === 1 && r.word === undefined) r = r.children[0]!;
  return {root: r, leaves};
}

/** Whether a node is a verb leaf (VB, VBD, VBG, VBN, VBP, VBZ). */
export function isVerbTag(tag: string): boolean {
  return tag.startsWith("VB");
}
