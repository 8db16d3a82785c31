// The renderer's only way to the backend. Features import from here, never from a transport.
export { ApiError, isApiError, isUnreachable, type ApiErrorCode } from './errors';
export type { Transport, ConnectionState } from './transport';
export { createApi, ApiProvider, useApi, type Api } from './client';
export { httpTransport, takeTokenFromLocation, TOKEN_STORAGE_KEY } from './http';
export { defaultTransport } from './bridge';
export { createQueryClient, APP_INFO_KEY } from './queryClient';
export { useContractEvents } from './useContractEvents';
export { newClientKey, useClientKey } from './clientKey';
export { useAppClock, useAppClockQuery, APP_NOW_KEY, type AppClock } from './appClock';
