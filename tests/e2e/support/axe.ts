import fs from 'node:fs';
import path from 'node:path';
import type { E2EPage } from '@/node/browsers';

/** axe-core's source, evaluated as an expression: extension pages forbid inline scripts and eval(), not the driver's evaluate. */
const AXE_SOURCE = fs.readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Every axe-core violation on the page as it is now (WCAG 2.x A and AA, and
 * axe's best practices), or only inside `within` (a selector; open shadow
 * roots included).
 */
export async function axeViolations(page: E2EPage, within?: string): Promise<AxeViolation[]> {
  await page.evaluate(`${AXE_SOURCE}\n;0` as never);
  return page.evaluate(async (selector?: string) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options?: object): Promise<Result> } }).axe;
    // A component is not a page: rules about the whole document (one main landmark, one h1) do not apply to it.
    const componentOnly = { rules: { 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false }, region: { enabled: false } } };
    const { violations } = await (selector ? axe.run({ include: [[selector]] }, componentOnly) : axe.run(document));
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, within);
}
