// Configuration: discovered from the linted file's folder upward (or named with --config),
// validated strictly (a malformed config is an error naming the file and the key, never a
// silent fall-back to defaults), then resolved per file: extends → the file's own settings →
// matching overrides → command-line flags.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { lilconfig, type Loader } from 'lilconfig';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { getRules, type RuleSetting } from './linter.ts';
import type { OptionSpec } from './rule.ts';
import { LANGUAGES, type Channel, type Lang, type Severity } from './types.ts';

export class ConfigError extends Error {}

export interface ConfigOverride {
  files: string[];
  rules?: Record<string, RuleSetting>;
  language?: Lang | 'auto';
  channel?: Channel;
}

/** A validated config file, with `extends` already merged in. */
export interface Config {
  rules: Record<string, RuleSetting>;
  language?: Lang | 'auto';
  defaultLanguage?: Lang;
  messageLanguage?: Lang;
  channel?: Channel;
  overrides: ConfigOverride[];
  ignorePatterns: string[];
  /** Folder that relative globs are resolved from. */
  root: string;
  /** Where it was read from (absent for the built-in default). */
  filePath?: string;
}

/** What linting one file uses. */
export interface FileSettings {
  rules: Record<string, RuleSetting>;
  language?: Lang | 'auto';
  defaultLanguage?: Lang;
  messageLanguage?: Lang;
  channel?: Channel;
}

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];
const TOP_KEYS = ['rules', 'language', 'defaultLanguage', 'messageLanguage', 'channel', 'overrides', 'ignorePatterns', 'extends', '$schema'];

/** Every phrase rule accepts team phrases to add to its main list or to stop reporting. */
const PHRASE_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  add: { type: 'string[]', description: 'extra phrases to report (joins the rule\'s main phrase list)' },
  remove: { type: 'string[]', description: 'phrases never to report' },
};

export function optionSpecs(ruleId: string): Readonly<Record<string, OptionSpec>> {
  const rule = getRules().get(ruleId);
  if (!rule) return {};
  const hasPhrases = LANGUAGES.some((lang) => rule.data[lang].phrases !== undefined);
  return { ...(hasPhrases ? PHRASE_OPTIONS : {}), ...(rule.meta.options ?? {}) };
}

export const PRESETS: Readonly<Record<string, () => Record<string, RuleSetting>>> = {
  'replylint:recommended': () => Object.fromEntries([...getRules().values()].map((r) => [r.meta.id, { severity: r.meta.defaultSeverity }])),
  // Everything is an error; the style advice that is off by default becomes a warning.
  'replylint:strict': () =>
    Object.fromEntries([...getRules().values()].map((r) => [r.meta.id, { severity: r.meta.defaultSeverity === 'off' ? 'warn' : 'error' }])),
};

const describe = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

function validateOption(file: string, key: string, spec: OptionSpec, value: unknown): void {
  const fail = (expected: string) => {
    throw new ConfigError(`${file}: ${key}: expected ${expected}, got ${describe(value)}`);
  };
  if (spec.type === 'string[]') {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) fail('a list of non-empty strings');
  } else if (spec.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value) || (spec.min !== undefined && value < spec.min)) {
      fail(`a number${spec.min !== undefined ? ` >= ${spec.min}` : ''}`);
    }
  } else if (typeof value !== 'string' || !spec.values.includes(value)) {
    fail(`one of ${spec.values.map((v) => `"${v}"`).join(', ')}`);
  }
}

/** `"warn"`, `["error", { … }]` or `{ severity, options }` → a checked RuleSetting. */
export function parseRuleSetting(file: string, key: string, ruleId: string, value: unknown): RuleSetting {
  if (!getRules().has(ruleId)) throw new ConfigError(`${file}: ${key}: unknown rule "${ruleId}" (see replylint --list-rules)`);
  let severity: unknown = value;
  let options: unknown;
  if (Array.isArray(value)) {
    if (value.length < 1 || value.length > 2) throw new ConfigError(`${file}: ${key}: expected "off" | "warn" | "error" or [severity, options], got ${describe(value)}`);
    [severity, options] = value;
  }
  if (typeof severity !== 'string' || !SEVERITIES.includes(severity as Severity)) {
    throw new ConfigError(`${file}: ${key}: expected "off" | "warn" | "error" or [severity, options], got ${describe(severity)}`);
  }
  const setting: RuleSetting = { severity: severity as Severity };
  if (options !== undefined) {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw new ConfigError(`${file}: ${key}[1]: expected an options object, got ${describe(options)}`);
    }
    const specs = optionSpecs(ruleId);
    for (const [name, optionValue] of Object.entries(options)) {
      const spec = specs[name];
      if (!spec) {
        const known = Object.keys(specs);
        throw new ConfigError(`${file}: ${key}[1].${name}: unknown option of ${ruleId} (${known.length > 0 ? `known: ${known.join(', ')}` : 'it takes no options'})`);
      }
      validateOption(file, `${key}[1].${name}`, spec, optionValue);
    }
    setting.options = options as Record<string, unknown>;
  }
  return setting;
}

function parseRules(file: string, key: string, value: unknown): Record<string, RuleSetting> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${file}: ${key}: expected an object of rule settings, got ${describe(value)}`);
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) out[id] = parseRuleSetting(file, `${key}.${id}`, id, setting);
  return out;
}

function pick<T extends string>(file: string, key: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new ConfigError(`${file}: ${key}: expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}`);
  }
  return value as T;
}

function stringList(file: string, key: string, value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new ConfigError(`${file}: ${key}: expected a string or a list of strings, got ${describe(value)}`);
  return value as string[];
}

const yamlLoader: Loader = (filepath, content) => {
  try {
    return parseYaml(content) ?? {};
  } catch (error) {
    throw new ConfigError(`${filepath}: not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
};

const jsonLoader: Loader = (filepath, content) => {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new ConfigError(`${filepath}: not valid JSON: ${(error as Error).message}`);
  }
};

export const SEARCH_PLACES = ['package.json', '.replylintrc', '.replylintrc.json', '.replylintrc.yaml', '.replylintrc.yml', 'replylint.config.js', 'replylint.config.mjs'];

const explorer = lilconfig('replylint', {
  searchPlaces: SEARCH_PLACES,
  loaders: { '.json': jsonLoader, '.yaml': yamlLoader, '.yml': yamlLoader, noExt: yamlLoader },
});

async function loadRaw(path: string): Promise<unknown> {
  try {
    const found = await explorer.load(path);
    return found?.config ?? {};
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: ${code === 'ENOENT' ? 'no such config file' : (error as Error).message.split('\n')[0]}`);
  }
}

/** Validates one raw config object read from `file` and merges what it extends. */
export async function validateConfig(raw: unknown, file: string, seen: ReadonlySet<string> = new Set()): Promise<Config> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`${file}: expected a config object, got ${describe(raw)}`);
  const object = raw as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!TOP_KEYS.includes(key)) throw new ConfigError(`${file}: unknown key "${key}" (known: ${TOP_KEYS.filter((k) => k !== '$schema').join(', ')})`);
  }
  const root = dirname(file);
  let base: Config = { rules: {}, overrides: [], ignorePatterns: [], root };
  for (const parent of object.extends === undefined ? [] : stringList(file, 'extends', object.extends)) {
    const preset = PRESETS[parent];
    let inherited: Config;
    if (preset) inherited = { rules: preset(), overrides: [], ignorePatterns: [], root };
    else if (parent.startsWith('replylint:')) throw new ConfigError(`${file}: extends: unknown preset "${parent}" (known: ${Object.keys(PRESETS).join(', ')})`);
    else {
      const path = isAbsolute(parent) ? parent : resolve(root, parent);
      if (seen.has(path)) throw new ConfigError(`${file}: extends: "${parent}" extends itself in a cycle`);
      inherited = await validateConfig(await loadRaw(path), path, new Set([...seen, file]));
    }
    base = merge(base, inherited);
  }

  const overrides = object.overrides === undefined ? [] : object.overrides;
  if (!Array.isArray(overrides)) throw new ConfigError(`${file}: overrides: expected a list of { files, rules, channel, language }, got ${describe(overrides)}`);
  const own: Config = {
    rules: object.rules === undefined ? {} : parseRules(file, 'rules', object.rules),
    overrides: overrides.map((o, i) => {
      const key = `overrides[${i}]`;
      if (typeof o !== 'object' || o === null) throw new ConfigError(`${file}: ${key}: expected an object, got ${describe(o)}`);
      for (const k of Object.keys(o)) if (!['files', 'rules', 'channel', 'language'].includes(k)) throw new ConfigError(`${file}: ${key}: unknown key "${k}"`);
      const entry = o as Record<string, unknown>;
      if (entry.files === undefined) throw new ConfigError(`${file}: ${key}.files: required (a glob or a list of globs)`);
      const language = pick(file, `${key}.language`, entry.language, ['auto', ...LANGUAGES] as const);
      const channel = pick(file, `${key}.channel`, entry.channel, ['email', 'chat'] as const);
      return {
        files: stringList(file, `${key}.files`, entry.files),
        ...(entry.rules !== undefined ? { rules: parseRules(file, `${key}.rules`, entry.rules) } : {}),
        ...(language ? { language } : {}),
        ...(channel ? { channel } : {}),
      };
    }),
    ignorePatterns: object.ignorePatterns === undefined ? [] : stringList(file, 'ignorePatterns', object.ignorePatterns),
    root,
    filePath: file,
  };
  const language = pick(file, 'language', object.language, ['auto', ...LANGUAGES] as const);
  const defaultLanguage = pick(file, 'defaultLanguage', object.defaultLanguage, LANGUAGES);
  const messageLanguage = pick(file, 'messageLanguage', object.messageLanguage, LANGUAGES);
  const channel = pick(file, 'channel', object.channel, ['email', 'chat'] as const);
  if (language) own.language = language;
  if (defaultLanguage) own.defaultLanguage = defaultLanguage;
  if (messageLanguage) own.messageLanguage = messageLanguage;
  if (channel) own.channel = channel;
  return merge(base, own);
}

function merge(base: Config, top: Config): Config {
  return {
    ...base,
    ...top,
    rules: { ...base.rules, ...top.rules },
    overrides: [...base.overrides, ...top.overrides],
    ignorePatterns: [...base.ignorePatterns, ...top.ignorePatterns],
    root: top.root,
  };
}

const DEFAULT_CONFIG = (cwd: string): Config => ({ rules: {}, overrides: [], ignorePatterns: [], root: cwd });

/** Loads and validates the config file at `path` (--config). */
export async function loadConfigFile(path: string): Promise<Config> {
  const absolute = resolve(path);
  return validateConfig(await loadRaw(absolute), absolute);
}

const discovered = new Map<string, Promise<Config | undefined>>();

/** The nearest config for a file, searching from its folder upward; cached per folder. */
export async function findConfig(filePath: string): Promise<Config | undefined> {
  const folder = dirname(resolve(filePath));
  let pending = discovered.get(folder);
  if (!pending) {
    pending = (async () => {
      const found = await explorer.search(folder);
      if (!found || found.isEmpty) return undefined;
      return validateConfig(found.config, found.filepath);
    })();
    discovered.set(folder, pending);
  }
  return pending;
}

/** Config → settings for one file (its overrides applied). */
export function settingsFor(config: Config | undefined, filePath: string, cwd: string): FileSettings {
  const effective = config ?? DEFAULT_CONFIG(cwd);
  const settings: FileSettings = { rules: { ...effective.rules } };
  if (effective.language) settings.language = effective.language;
  if (effective.defaultLanguage) settings.defaultLanguage = effective.defaultLanguage;
  if (effective.messageLanguage) settings.messageLanguage = effective.messageLanguage;
  if (effective.channel) settings.channel = effective.channel;
  const relativePath = relative(effective.root, resolve(cwd, filePath)).split('\\').join('/');
  for (const override of effective.overrides) {
    if (!picomatch(override.files, { dot: true })(relativePath)) continue;
    if (override.rules) Object.assign(settings.rules, override.rules);
    if (override.language) settings.language = override.language;
    if (override.channel) settings.channel = override.channel;
  }
  return settings;
}

/** Whether a config's ignorePatterns exclude the file. */
export function isIgnoredByConfig(config: Config | undefined, filePath: string, cwd: string): boolean {
  if (!config || config.ignorePatterns.length === 0) return false;
  const relativePath = relative(config.root, resolve(cwd, filePath)).split('\\').join('/');
  return picomatch(config.ignorePatterns, { dot: true })(relativePath);
}

export function readIgnoreFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
