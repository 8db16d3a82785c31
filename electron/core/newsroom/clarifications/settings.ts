// Pengaturan › Krisis: the hours from opening a crisis to its holding statement (issue 15: 2 hours).
import { DEFAULT_HOLDING_HOURS } from '../../../../shared/domain/newsroom/clarifications';
import { CrisisSettings } from '../../../../shared/ipc/channels/clarifications';
import { settingsSection } from '../../settings/section';

export const CRISIS_SETTINGS_KEY = 'crisis';

const section = settingsSection<CrisisSettings>({ key: CRISIS_SETTINGS_KEY, schema: CrisisSettings, fallback: () => ({ holdingHours: DEFAULT_HOLDING_HOURS }), action: 'crisis.settings.update' });

export const getCrisisSettings = section.get;
export const saveCrisisSettings = section.save;
