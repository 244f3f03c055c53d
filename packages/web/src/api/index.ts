export * from './audit';
export * from './auth';
export { ApiError, isApiError, onUnauthenticated, type FieldError } from './client';
export * from './invitations';
export * from './organisations';
export * from './outbox';
export * from './tokens';
export * from './types';
