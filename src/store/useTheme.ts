import { useAtlas } from './store';
import type { ThemeName } from '../theme/tokens';

export const useTheme = (): ThemeName => useAtlas((s) => s.theme);
