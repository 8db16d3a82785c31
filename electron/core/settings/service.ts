// Office profile, logo and UI preferences. Every change is audited in its own transaction.
import {
  LogoInfo,
  type OfficeProfile,
  type OfficeProfileInput,
  LOGO_MAX_BYTES,
  LOGO_MAX_SIDE,
  LOGO_MIN_SIDE,
} from '../../../shared/domain/settings/officeProfile';
import { UiPreferences, type LogoImage, type LogoUpload } from '../../../shared/ipc/channels/settings';
import type { z } from 'zod';
import { recordBlob } from '../blobs/store';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { claimVersion } from '../db/versions';
import { AppError } from '../errors';
import { sniffImage } from './image';
import { SETTING_KEYS, deleteSetting, getSetting, getSettingRow, putSetting } from './repo';

type ProfileValues = z.output<typeof OfficeProfileInput>;

export function getProfile(ctx: Ctx): OfficeProfile | null {
  const row = getSettingRow(ctx.db, SETTING_KEYS.officeProfile);
  if (!row) return null;
  return { ...(row.value as ProfileValues), logo: getLogoInfo(ctx), updatedAt: row.updatedAt, version: row.version };
}

export function saveProfile(ctx: Ctx, { version, ...input }: ProfileValues & { version?: number | undefined }): OfficeProfile {
  mutate(ctx, (tx) => {
    claimVersion(ctx, 'settings', SETTING_KEYS.officeProfile, version);
    const before = getSetting(tx.db, SETTING_KEYS.officeProfile) as ProfileValues | undefined;
    putSetting(tx.db, SETTING_KEYS.officeProfile, input, tx.at, ctx.actor);
    tx.audit({
      action: before ? 'settings.profile.update' : 'settings.profile.create',
      entity: 'settings',
      entityId: SETTING_KEYS.officeProfile,
      data: { changed: changedFields(before, input), after: input },
    });
    tx.emit('settings:changed', { key: SETTING_KEYS.officeProfile });
  });
  return getProfile(ctx)!;
}

function changedFields(before: ProfileValues | undefined, after: ProfileValues): string[] {
  const keys = Object.keys(after) as (keyof ProfileValues)[];
  if (!before) return keys;
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export function getLogoInfo(ctx: Ctx): LogoInfo | null {
  const value = getSetting(ctx.db, SETTING_KEYS.officeLogo);
  return value ? LogoInfo.parse(value) : null;
}

export function setLogo(ctx: Ctx, upload: LogoUpload): LogoInfo {
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  if (bytes.length === 0) throw new AppError('invalid_input', 'Berkas logo kosong.');
  if (bytes.length > LOGO_MAX_BYTES) {
    throw new AppError(
      'invalid_input',
      `Logo terlalu besar (${(bytes.length / 1024 / 1024).toFixed(1)} MB): paling besar 1 MB. Perkecil gambarnya lalu coba lagi.`,
    );
  }
  const facts = sniffImage(bytes);
  if (!facts) {
    throw new AppError('unsupported', `"${upload.fileName}" bukan gambar PNG atau JPEG. Logo harus berkas PNG atau JPEG.`);
  }
  const { width, height } = facts;
  if (Math.min(width, height) < LOGO_MIN_SIDE) {
    throw new AppError('invalid_input', `Logo terlalu kecil (${width}×${height} piksel): sedikitnya ${LOGO_MIN_SIDE} piksel per sisi agar tajam saat dicetak.`);
  }
  if (Math.max(width, height) > LOGO_MAX_SIDE) {
    throw new AppError('invalid_input', `Logo terlalu besar (${width}×${height} piksel): paling besar ${LOGO_MAX_SIDE} piksel per sisi.`);
  }
  const sha256 = ctx.blobs.write(bytes); // file first: see blobs/store.ts
  const info: LogoInfo = { sha256, mimeType: facts.mimeType, width, height, bytes: bytes.length };
  mutate(ctx, (tx) => {
    recordBlob(tx.db, sha256, bytes.length, facts.mimeType, tx.at);
    putSetting(tx.db, SETTING_KEYS.officeLogo, info, tx.at);
    tx.audit({
      action: 'settings.logo.set',
      entity: 'settings',
      entityId: SETTING_KEYS.officeLogo,
      data: { ...info, fileName: upload.fileName },
    });
    tx.emit('settings:changed', { key: SETTING_KEYS.officeLogo });
  });
  return info;
}

export function removeLogo(ctx: Ctx): null {
  mutate(ctx, (tx) => {
    const before = getLogoInfo(ctx);
    if (!before) return;
    deleteSetting(tx.db, SETTING_KEYS.officeLogo);
    tx.audit({ action: 'settings.logo.remove', entity: 'settings', entityId: SETTING_KEYS.officeLogo, data: { sha256: before.sha256 } });
    tx.emit('settings:changed', { key: SETTING_KEYS.officeLogo });
  });
  return null;
}

export function getLogoImage(ctx: Ctx): LogoImage | null {
  const info = getLogoInfo(ctx);
  if (!info) return null;
  return { mimeType: info.mimeType, dataBase64: ctx.blobs.read(info.sha256).toString('base64') };
}

export function getUi(ctx: Ctx): UiPreferences {
  const parsed = UiPreferences.safeParse(getSetting(ctx.db, SETTING_KEYS.ui));
  return parsed.success ? parsed.data : { language: 'id' };
}

export function setUi(ctx: Ctx, prefs: UiPreferences): UiPreferences {
  mutate(ctx, (tx) => {
    putSetting(tx.db, SETTING_KEYS.ui, prefs, tx.at);
    tx.audit({ action: 'settings.ui.update', entity: 'settings', entityId: SETTING_KEYS.ui, data: prefs });
    tx.emit('settings:changed', { key: SETTING_KEYS.ui });
  });
  return prefs;
}
