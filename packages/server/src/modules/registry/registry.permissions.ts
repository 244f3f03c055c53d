import { type PermissionCase, publicRoute, rolesOnly, UNKNOWN_ID } from '../../../test/permissions.ts';

// The registry's rows of the permission table (GET /api/organisations is among the foundation's).
// Writes to unknown ids pass the route-level rule and then answer 404; creates make real records.

const id = UNKNOWN_ID;
const editors = rolesOnly('secretariat', 'agency_admin', 'agency_editor');
const editorsAndReps = rolesOnly('secretariat', 'agency_admin', 'agency_editor', 'org_rep');
const contact = { kind: 'phone', value: '+994 12 000 00 00' };

export const REGISTRY_CASES: PermissionCase[] = [
  { method: 'GET', route: '/api/organisations/:id', url: `/api/organisations/${id}`, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/organisations',
    url: '/api/organisations',
    body: { kind: 'other', names: [{ lang: 'en', name: 'Permission Case Office' }] },
    expect: editors,
  },
  {
    method: 'PATCH',
    route: '/api/organisations/:id',
    url: `/api/organisations/${id}`,
    body: { city: 'Baku' },
    expect: editorsAndReps,
  },
  {
    method: 'POST',
    route: '/api/organisations/:id/verification',
    url: `/api/organisations/${id}/verification`,
    body: { state: 'verified' },
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/organisations/:id/relationships',
    url: `/api/organisations/${id}/relationships`,
    body: { kind: 'partner_of', organisationId: id },
    expect: editors,
  },
  {
    method: 'DELETE',
    route: '/api/organisations/:id/relationships/:relId',
    url: `/api/organisations/${id}/relationships/${id}`,
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/organisations/:id/contacts',
    url: `/api/organisations/${id}/contacts`,
    body: contact,
    expect: editorsAndReps,
  },
  {
    method: 'DELETE',
    route: '/api/organisations/:id/contacts/:contactId',
    url: `/api/organisations/${id}/contacts/${id}`,
    expect: editorsAndReps,
  },
  {
    method: 'GET',
    route: '/api/organisations/:id/history',
    url: `/api/organisations/${id}/history`,
    expect: publicRoute,
  },
  { method: 'GET', route: '/api/people', url: '/api/people', expect: publicRoute },
  { method: 'GET', route: '/api/people/:id', url: `/api/people/${id}`, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/people',
    url: '/api/people',
    body: { names: [{ fullName: 'Permission Case' }] },
    expect: editors,
  },
  {
    method: 'PATCH',
    route: '/api/people/:id',
    url: `/api/people/${id}`,
    body: { visibility: 'owner' },
    expect: editors,
  },
  { method: 'GET', route: '/api/people/:id/history', url: `/api/people/${id}/history`, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/people/:id/positions',
    url: `/api/people/${id}/positions`,
    body: { title: { en: 'Adviser' }, organisationId: id },
    expect: editors,
  },
  {
    method: 'PATCH',
    route: '/api/people/:id/positions/:positionId',
    url: `/api/people/${id}/positions/${id}`,
    body: { toDate: '2020-01-01' },
    expect: editors,
  },
  {
    method: 'DELETE',
    route: '/api/people/:id/positions/:positionId',
    url: `/api/people/${id}/positions/${id}`,
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/people/:id/contacts',
    url: `/api/people/${id}/contacts`,
    body: contact,
    expect: editors,
  },
  {
    method: 'DELETE',
    route: '/api/people/:id/contacts/:contactId',
    url: `/api/people/${id}/contacts/${id}`,
    expect: editors,
  },
  { method: 'GET', route: '/api/countries', url: '/api/countries', expect: publicRoute },
  { method: 'GET', route: '/api/places', url: '/api/places', expect: publicRoute },
  { method: 'GET', route: '/api/places/:id', url: `/api/places/${id}`, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/places',
    url: '/api/places',
    body: { kind: 'city', countryCode: 'KZ', names: [{ lang: 'en', name: 'Permission Case Town' }] },
    expect: editors,
  },
  {
    method: 'PATCH',
    route: '/api/places/:id',
    url: `/api/places/${id}`,
    body: { timeZone: 'Asia/Almaty' },
    expect: editors,
  },
];
