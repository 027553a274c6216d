// SARIF 2.1.0 (OASIS), the format of GitHub code scanning and most security dashboards: one
// run, every rule described in `tool.driver.rules`, one result per problem with a region in
// UTF-16 columns (`columnKind`), a fingerprint that survives edits elsewhere in the draft,
// and the suggestions as `fixes`. Paths are relative to %SRCROOT% (the working directory).
// Like the JSON output, it never includes the draft's text: region snippets are left out,
// and fingerprints are hashes of the rule, path, message and occurrence only.
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getRules } from '../linter.ts';
import { docsUrl, type RuleMeta } from '../rule.ts';
import type { LintMessage, LintResult, Severity } from '../types.ts';
import { VERSION } from '../version.ts';
import { DIRECTIVE_RULE_ID, INFORMATION_URI, extrasOf, filePathOf, ruleIdOf } from './shared.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'replylint/v1';
const SRCROOT = '%SRCROOT%';

/** What SARIF needs of a rule's metadata. */
export type SarifRuleMeta = Pick<RuleMeta, 'id' | 'description' | 'why' | 'defaultSeverity'>;

export interface SarifOptions {
  cwd: string;
  /** Rules to describe; default: every registered rule. */
  rules?: readonly SarifRuleMeta[];
}

type Level = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Readonly<Record<Severity, Level>> = { error: 'error', warn: 'warning', off: 'none' };

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

/** "no-all-caps" → "NoAllCaps": SARIF's `name` is an identifier-like rule name. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function descriptor(meta: SarifRuleMeta) {
  const short = meta.description.trim() || meta.id;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: short },
    fullDescription: { text: meta.why.trim() || short },
    helpUri: docsUrl(meta.id),
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] ?? 'warning' },
  };
}

const DIRECTIVE_DESCRIPTOR = {
  id: DIRECTIVE_RULE_ID,
  name: 'ReplylintDirective',
  shortDescription: { text: 'A replylint-disable or replylint-enable comment is unused or names an unknown rule.' },
  fullDescription: {
    text: 'Disable comments that name unknown rules, or that no longer silence anything, hide nothing and mislead the next reader.',
  },
  defaultConfiguration: { level: 'warning' as Level },
};

/** Encodes each path segment, so that names like "<stdin>" or "a b.md" are valid URI references. */
function uriOfRelative(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

function mimeType(path: string): string | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'text/markdown';
  if (ext === '.txt') return 'text/plain';
  return undefined;
}

function fingerprint(ruleId: string, uri: string, message: string, occurrence: number): string {
  // Only the rule, the file, the (already secret-masked) message and how many identical
  // problems came before: stable when unrelated lines move, free of the draft's text.
  return createHash('sha256').update(JSON.stringify([ruleId, uri, message, occurrence])).digest('hex');
}

function region(m: LintMessage) {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
}

export function formatSarif(results: readonly LintResult[], options: SarifOptions): string {
  const metas = options.rules ?? [...getRules().values()].map((rule) => rule.meta);
  const rules: Array<ReturnType<typeof descriptor> | typeof DIRECTIVE_DESCRIPTOR> = metas.map(descriptor);
  const ruleIndex = new Map(metas.map((meta, i) => [meta.id, i]));

  const artifacts: Array<Record<string, unknown>> = [];
  const sarifResults: Array<Record<string, unknown>> = [];
  const notifications: Array<Record<string, unknown>> = [];

  for (const result of results) {
    const path = filePathOf(result.filePath, options.cwd);
    const base: ArtifactLocation = path.relative
      ? { uri: uriOfRelative(path.relative), uriBaseId: SRCROOT }
      : { uri: pathToFileURL(path.absolute).href };
    const index = artifacts.length;
    const type = mimeType(path.absolute);
    artifacts.push({ location: base, roles: ['analysisTarget'], ...(type ? { mimeType: type } : {}) });
    const location: ArtifactLocation = { ...base, index };

    const { fatal } = extrasOf(result);
    if (fatal) {
      notifications.push({
        level: 'error',
        message: { text: fatal },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
    }

    const seen = new Map<string, number>();
    for (const m of result.messages) {
      const ruleId = ruleIdOf(m);
      if (ruleId === DIRECTIVE_RULE_ID && !ruleIndex.has(ruleId)) {
        ruleIndex.set(ruleId, rules.length);
        rules.push(DIRECTIVE_DESCRIPTOR);
      }
      const key = JSON.stringify([ruleId, m.message]);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const at = ruleIndex.get(ruleId);
      const fixes = m.suggestions
        .filter((s) => s.fix.range[0] >= 0 && s.fix.range[1] >= s.fix.range[0])
        .map((s) => ({
          description: { text: s.desc },
          artifactChanges: [
            {
              artifactLocation: location,
              replacements: [
                {
                  deletedRegion: { charOffset: s.fix.range[0], charLength: s.fix.range[1] - s.fix.range[0] },
                  insertedContent: { text: s.fix.text },
                },
              ],
            },
          ],
        }));
      sarifResults.push({
        ruleId,
        ...(at !== undefined ? { ruleIndex: at } : {}),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(ruleId, base.uri, m.message, occurrence) },
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
  }

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'replylint', version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules } },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The working directory as a file: URI ending in "/", as SARIF requires of a base URI. */
function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}
