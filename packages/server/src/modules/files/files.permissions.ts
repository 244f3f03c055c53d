import { type PermissionCase, publicRoute, signedIn, UNKNOWN_ID } from '../../../test/permissions.ts';

/** Any account writes (personal files; organisations' for their uploader roles): the policy decides. */
const writers = signedIn;

/**
 * The files routes in the permission table. The upload sends a form without a file part, so it
 * passes the route rule and is then refused as invalid (nothing is written); the other writes
 * name an unknown file and answer 404.
 */
export const FILE_CASES: PermissionCase[] = [
  {
    method: 'POST',
    route: '/api/files',
    url: '/api/files',
    raw: { contentType: 'multipart/form-data; boundary=kopru', payload: '--kopru--\r\n' },
    expect: writers,
  },
  { method: 'GET', route: '/api/files', url: '/api/files', expect: publicRoute },
  { method: 'GET', route: '/api/files/:id', url: `/api/files/${UNKNOWN_ID}`, expect: publicRoute },
  {
    method: 'GET',
    route: '/api/files/:id/content',
    url: `/api/files/${UNKNOWN_ID}/content`,
    expect: publicRoute,
  },
  {
    method: 'PATCH',
    route: '/api/files/:id',
    url: `/api/files/${UNKNOWN_ID}`,
    body: { visibility: 'public' },
    expect: writers,
  },
  { method: 'DELETE', route: '/api/files/:id', url: `/api/files/${UNKNOWN_ID}`, expect: writers },
];
