// Builds one stylesheet from the Ontario Design System component library's per-component CSS.
// Each component file repeats the global styles (typography, grid, helpers) because the components
// render in a shadow root; Harbour uses the same classes in plain HTML, where the global stylesheet is
// already loaded. So this keeps each top-level rule (and @media block) of the listed components once,
// leaving out rules on elements only (html, body, a, h1...) and rules for selectors that the global
// stylesheet already styles.
// Usage: node ontario-components-css.mjs <ontario-theme.css> <component.css>... > ontario-components.css
import { readFileSync } from 'node:fs';

function blocks(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out = [];
  let depth = 0, start = 0, quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) { if (c === quote && text[i - 1] !== '\\') quote = null; continue; }
    if (c === '"' || c === "'") { quote = c; continue; }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) { out.push(text.slice(start, i + 1).trim()); start = i + 1; }
    else if (c === ';' && depth === 0) { out.push(text.slice(start, i + 1).trim()); start = i + 1; }
  }
  return out.filter(b => b.length > 0);
}

const normal = b => b.replace(/\s+/g, ' ').replace(/\s*([{};:,>+~])\s*/g, '$1');
// The selectors a stylesheet styles, each with the at-rule (if any) it sits in: "@media ...|.a .b".
function selectors(block, context = '') {
  const head = normal(block.slice(0, block.indexOf('{')));
  if (!block.startsWith('@')) return head.split(',').map(sel => context + '|' + sel);
  return blocks(block.slice(block.indexOf('{') + 1, block.lastIndexOf('}'))).flatMap(b => selectors(b, head));
}
const [theme, ...components] = process.argv.slice(2);
const themed = new Set(blocks(readFileSync(theme, 'utf8')).flatMap(b => selectors(b)));
const onElementsOnly = b => !/\.[a-zA-Z_]/.test(selectors(b).join(','));
const alreadyStyled = b => selectors(b).every(sel => themed.has(sel));
const known = new Set();
const kept = [];
for (const file of components) {
  const name = file.split('/').pop();
  const own = blocks(readFileSync(file, 'utf8')).filter(b => {
    const key = normal(b);
    if (known.has(key) || !b.includes('{') || onElementsOnly(b) || alreadyStyled(b)) return false;
    known.add(key);
    return true;
  });
  kept.push(`/* ${name} */\n` + own.join('\n'));
}
process.stdout.write(kept.join('\n\n') + '\n');
