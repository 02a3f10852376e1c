import type { LabelMode } from '../scene/labels';
import { t } from '../i18n';

export type SizePreset = 'slide-16x9' | 'slide-4x3' | 'a4-landscape' | 'screen';
export type Background = 'light' | 'dark' | 'transparent';

export interface ExportOptions {
  size: SizePreset;
  background: Background;
  title: string;
  caption: string;
  legend: boolean;
  labels: LabelMode;
  /** "fit": the whole visible network; "screen": the current zoom and pan. */
  framing: 'fit' | 'screen';
}

/** Each size with the id of the message that names it (`t(preset.labelId)`). */
export const SIZE_PRESETS: Record<
  SizePreset,
  { labelId: string; width: number; height: number } | { labelId: string }
> = {
  'slide-16x9': { labelId: 'export.size.slide16x9', width: 1920, height: 1080 },
  'slide-4x3': { labelId: 'export.size.slide4x3', width: 1600, height: 1200 },
  'a4-landscape': { labelId: 'export.size.a4Landscape', width: 1123, height: 794 },
  screen: { labelId: 'export.size.screen' },
};

/** The title an export gets unless one is typed: in the active language when read. */
export const defaultExportTitle = (): string => t('export.defaultTitle');

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  size: 'slide-16x9',
  background: 'light',
  // A getter, so that every copy (`{ ...DEFAULT_EXPORT_OPTIONS }`) takes the language of its day.
  get title() {
    return defaultExportTitle();
  },
  caption: '',
  legend: true,
  labels: 'important',
  framing: 'fit',
};

const KEY = 'atlas.exportOptions';

/** The dialog remembers the last choice. */
export function loadExportOptions(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): ExportOptions {
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? 'null');
    return saved && typeof saved === 'object'
      ? { ...DEFAULT_EXPORT_OPTIONS, ...saved }
      : { ...DEFAULT_EXPORT_OPTIONS };
  } catch {
    return { ...DEFAULT_EXPORT_OPTIONS };
  }
}

export function saveExportOptions(
  options: ExportOptions,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
) {
  try {
    // The default title is not kept, so that it follows a change of language.
    const { title, ...rest } = options;
    storage?.setItem(KEY, JSON.stringify(title === defaultExportTitle() ? rest : options));
  } catch {
    // Private browsing may refuse storage; the choice is then simply not remembered.
  }
}

export function exportSize(options: ExportOptions, screen: { width: number; height: number }) {
  const preset = SIZE_PRESETS[options.size];
  return 'width' in preset ? { width: preset.width, height: preset.height } : screen;
}
