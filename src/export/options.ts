import type { LabelMode } from '../scene/labels';

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

export const SIZE_PRESETS: Record<
  SizePreset,
  { label: string; width: number; height: number } | { label: string }
> = {
  'slide-16x9': { label: 'Slide 16:9 (1920 × 1080)', width: 1920, height: 1080 },
  'slide-4x3': { label: 'Slide 4:3 (1600 × 1200)', width: 1600, height: 1200 },
  'a4-landscape': { label: 'A4 landscape (297 × 210 mm)', width: 1123, height: 794 },
  screen: { label: 'As on screen' },
};

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  size: 'slide-16x9',
  background: 'light',
  title: 'International cyber cooperation',
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
      : DEFAULT_EXPORT_OPTIONS;
  } catch {
    return DEFAULT_EXPORT_OPTIONS;
  }
}

export function saveExportOptions(
  options: ExportOptions,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
) {
  try {
    storage?.setItem(KEY, JSON.stringify(options));
  } catch {
    // Private browsing may refuse storage; the choice is then simply not remembered.
  }
}

export function exportSize(options: ExportOptions, screen: { width: number; height: number }) {
  const preset = SIZE_PRESETS[options.size];
  return 'width' in preset ? { width: preset.width, height: preset.height } : screen;
}
