// The extension's own user-facing strings (notifications, status bar), in
// English and Arabic. No `vscode` import: unit-tested under node.
// Settings and command titles are localized by package.nls*.json instead.

import type { Counts, Locale } from './logic';

export interface Messages {
  name: string;
  notOnPath: string;
  settingNotFound: (setting: string) => string;
  startFailed: (reason: string) => string;
  howToInstall: string;
  openSettings: string;
  showOutput: string;
  noDraft: string;
  statusStarting: string;
  statusMissing: string;
  statusStopped: string;
  /** "1 error", "3 warnings" ... as a phrase for the tooltip. */
  errors: (n: number) => string;
  warnings: (n: number) => string;
  /** Join the two phrases: "1 error and 3 warnings". */
  and: (a: string, b: string) => string;
  inDraft: (what: string) => string;
  clean: string;
  clickProblems: string;
  /** The review needs the server. */
  reviewNoServer: string;
  reviewFailed: (reason: string) => string;
}

/**
 * Arabic plural category of a count (CLDR rules for `ar`, integers only):
 * 0 zero, 1 one, 2 two, n%100 in 3..10 few, n%100 in 11..99 many, else other.
 */
export function arabicPlural(n: number): 'zero' | 'one' | 'two' | 'few' | 'many' | 'other' {
  if (n === 0) return 'zero';
  if (n === 1) return 'one';
  if (n === 2) return 'two';
  const r = n % 100;
  if (r >= 3 && r <= 10) return 'few';
  if (r >= 11 && r <= 99) return 'many';
  return 'other';
}

const en: Messages = {
  name: 'isnad',
  notOnPath:
    'isnad: the language server `isnad` was not found on PATH. Install isnad, or set `isnad.path` to the isnad binary.',
  settingNotFound: (s) => `isnad: the server set in \`isnad.path\` was not found: ${s}`,
  startFailed: (r) => `isnad: the language server could not start: ${r}`,
  howToInstall: 'How to install',
  openSettings: 'Open settings',
  showOutput: 'Show output',
  noDraft: 'isnad: open a Markdown or plain-text draft first.',
  statusStarting: 'isnad: starting the language server…',
  statusMissing: 'isnad: the language server was not found. Click for installation help.',
  statusStopped: 'isnad: the language server is not running. Click to restart it.',
  errors: (n) => (n === 1 ? '1 error' : `${n} errors`),
  warnings: (n) => (n === 1 ? '1 warning' : `${n} warnings`),
  and: (a, b) => `${a} and ${b}`,
  inDraft: (w) => `isnad: ${w} in this draft.`,
  clean: 'isnad: no errors or warnings in this draft.',
  clickProblems: 'Click to open the Problems panel.',
  reviewNoServer: 'isnad: the language server is not running, so there is no review to show. Restart it first.',
  reviewFailed: (r) => `isnad: the fact-check review could not be made: ${r}`,
};

const ar: Messages = {
  name: 'إسناد',
  notOnPath:
    'إسناد: لم يُعثر على خادم اللغة isnad في مسارات PATH. ثبّت isnad، أو اضبط الإعداد isnad.path على مسار الملف التنفيذي.',
  settingNotFound: (s) => `إسناد: لم يُعثر على الخادم المحدد في الإعداد isnad.path: ${s}`,
  startFailed: (r) => `إسناد: تعذّر تشغيل خادم اللغة: ${r}`,
  howToInstall: 'طريقة التثبيت',
  openSettings: 'فتح الإعدادات',
  showOutput: 'عرض السجل',
  noDraft: 'إسناد: افتح مسودة Markdown أو نصًا عاديًا أولًا.',
  statusStarting: 'إسناد: جارٍ تشغيل خادم اللغة…',
  statusMissing: 'إسناد: لم يُعثر على خادم اللغة. انقر لمعرفة طريقة التثبيت.',
  statusStopped: 'إسناد: خادم اللغة متوقف. انقر لإعادة تشغيله.',
  errors: (n) =>
    ({
      zero: 'لا أخطاء',
      one: 'خطأ واحد',
      two: 'خطآن',
      few: `${n} أخطاء`,
      many: `${n} خطأً`,
      other: `${n} خطأ`,
    })[arabicPlural(n)],
  warnings: (n) =>
    ({
      zero: 'لا تحذيرات',
      one: 'تحذير واحد',
      two: 'تحذيران',
      few: `${n} تحذيرات`,
      many: `${n} تحذيرًا`,
      other: `${n} تحذير`,
    })[arabicPlural(n)],
  and: (a, b) => `${a} و${b}`,
  inDraft: (w) => `إسناد: ${w} في هذه المسودة.`,
  clean: 'إسناد: لا أخطاء ولا تحذيرات في هذه المسودة.',
  clickProblems: 'انقر لفتح لوحة المشكلات.',
  reviewNoServer: 'إسناد: خادم اللغة متوقف، فلا مراجعة تُعرض. أعد تشغيله أولًا.',
  reviewFailed: (r) => `إسناد: تعذّر إعداد مراجعة التدقيق: ${r}`,
};

export function messages(locale: Locale): Messages {
  return locale === 'ar' ? ar : en;
}

export type ServerState = 'starting' | 'running' | 'missing' | 'stopped';

export interface StatusView {
  text: string;
  tooltip: string;
}

/**
 * The status-bar item for the active draft. Counts use codicons so VS Code
 * draws its own error and warning icons: "isnad: 3 $(warning)",
 * "isnad: 1 $(error) 3 $(warning)", "isnad: $(check)" when clean.
 */
export function statusView(locale: Locale, state: ServerState, counts: Counts): StatusView {
  const m = messages(locale);
  switch (state) {
    case 'starting':
      return { text: `${m.name}: $(sync~spin)`, tooltip: m.statusStarting };
    case 'missing':
      return { text: `${m.name}: $(circle-slash)`, tooltip: m.statusMissing };
    case 'stopped':
      return { text: `${m.name}: $(debug-disconnect)`, tooltip: m.statusStopped };
    case 'running':
      break;
  }
  const parts: string[] = [];
  if (counts.errors > 0) parts.push(`${counts.errors} $(error)`);
  if (counts.warnings > 0) parts.push(`${counts.warnings} $(warning)`);
  if (parts.length === 0) return { text: `${m.name}: $(check)`, tooltip: m.clean };
  let what: string;
  if (counts.errors > 0 && counts.warnings > 0) what = m.and(m.errors(counts.errors), m.warnings(counts.warnings));
  else if (counts.errors > 0) what = m.errors(counts.errors);
  else what = m.warnings(counts.warnings);
  return { text: `${m.name}: ${parts.join(' ')}`, tooltip: `${m.inDraft(what)} ${m.clickProblems}` };
}
